// Per-host concurrency: a 429 halves the requests in flight to that host, successes let it creep
// back up to the ceiling, and waiting requests start as soon as there is room.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HostLimiter } from "@image-actions/oci";

describe("HostLimiter", () => {
  it("admits up to the ceiling, then queues until a slot is released", async () => {
    const limiter = new HostLimiter(2);
    const first = await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const waiting = limiter.acquire().then(() => {
      third = true;
    });
    await new Promise((resolvePromise) => setImmediate(resolvePromise));
    assert.equal(third, false);
    first();
    await waiting;
    assert.equal(third, true);
  });

  it("one release admits one waiter, however many are queued", async () => {
    const limiter = new HostLimiter(2);
    const first = await limiter.acquire();
    await limiter.acquire();
    let admitted = 0;
    const waiters = [1, 2, 3, 4].map(() =>
      limiter.acquire().then((release) => {
        admitted++;
        return release;
      }),
    );
    first();
    await new Promise((resolvePromise) => setImmediate(resolvePromise));
    assert.equal(admitted, 1, "the limit of two is kept");
    // Waiters are admitted in order: the first one holds the slot that was released.
    const next = await (waiters[0] as Promise<() => void>);
    next();
    await new Promise((resolvePromise) => setImmediate(resolvePromise));
    assert.equal(admitted, 2);
  });

  it("halves on throttling (never below one) and recovers one step per limit's worth of successes", () => {
    const limiter = new HostLimiter(8);
    limiter.throttled();
    assert.equal(limiter.currentLimit, 4);
    limiter.throttled();
    limiter.throttled();
    limiter.throttled();
    assert.equal(limiter.currentLimit, 1);
    limiter.succeeded();
    assert.equal(limiter.currentLimit, 2);
    limiter.succeeded();
    assert.equal(limiter.currentLimit, 2, "two successes needed at a limit of two");
    limiter.succeeded();
    assert.equal(limiter.currentLimit, 3);
    for (let i = 0; i < 100; i++) limiter.succeeded();
    assert.equal(limiter.currentLimit, 8, "never above the ceiling");
  });

  it("a released slot is released once, however often release is called", async () => {
    const limiter = new HostLimiter(1);
    const release = await limiter.acquire();
    release();
    release();
    const again = await limiter.acquire();
    let queued = false;
    const waiting = limiter.acquire().then(() => {
      queued = true;
    });
    await new Promise((resolvePromise) => setImmediate(resolvePromise));
    assert.equal(queued, false, "the double release did not free a second slot");
    again();
    await waiting;
  });
});
