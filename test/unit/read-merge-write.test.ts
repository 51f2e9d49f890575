// readMergeWrite, the read-back loop behind `.sig`/`.att` appends and the referrers fallback index,
// against a tag held in memory and a competing writer that replaces it: nothing is written when
// ours is there already, a replaced write is merged again until a read-back finds it, the wait
// before reading back grows with our own read-to-write time, a write whose last look finds the tag
// changed puts nothing and merges again, and the attempts are bounded.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConcurrentUpdateError, readMergeWrite } from "@image-actions/oci";

/** A tag holding a set of entries; `onWrite` lets a competitor act right after each of our writes. */
function tag(initial: string[] = []) {
  const state = { entries: [...initial], writes: 0 };
  return state;
}

function target(state: { entries: string[]; writes: number }, ours: string, onWrite: () => void = () => {}) {
  return {
    read: async () => [...state.entries],
    holds: (current: string[] | undefined) => (current ?? []).includes(ours),
    write: async (current: string[] | undefined) => {
      state.entries = [...(current ?? []), ours];
      state.writes++;
      onWrite();
    },
  };
}

function clock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
      random: () => 0.5,
    },
  };
}

describe("readMergeWrite", () => {
  it("writes nothing when ours is there already", async () => {
    const state = tag(["ours"]);
    assert.equal(await readMergeWrite("t", target(state, "ours"), clock().options), "exists");
    assert.equal(state.writes, 0);
  });

  it("writes once and reads back after the settle delay when nobody competes", async () => {
    const state = tag(["theirs"]);
    const { sleeps, options } = clock();
    assert.equal(await readMergeWrite("t", target(state, "ours"), options), "written");
    assert.deepEqual(state.entries, ["theirs", "ours"]);
    assert.equal(state.writes, 1);
    assert.deepEqual(sleeps, [200 + 50], "the floor plus jitter");
  });

  it("merges again when a competitor that read before our write replaces the tag without ours", async () => {
    const state = tag();
    let replaced = 0;
    // The competitor read the empty tag before our write, and writes its own after it, twice.
    const competing = target(state, "ours", () => {
      if (replaced++ < 2) state.entries = ["theirs"];
    });
    assert.equal(await readMergeWrite("t", competing, clock().options), "written");
    assert.deepEqual(state.entries, ["theirs", "ours"]);
    assert.equal(state.writes, 3);
  });

  it("a write that finds the tag changed since its read puts nothing and merges again at once, without a settle wait", async () => {
    const state = tag();
    const { sleeps, options } = clock();
    let version = 0;
    let competitorWrote = false;
    const checked = {
      // What was read, with the tag's version then: a last look before the PUT compares it.
      read: async () => ({ entries: [...state.entries], version }),
      holds: (current: { entries: string[] } | undefined) => (current?.entries ?? []).includes("ours"),
      write: async (current: { entries: string[]; version: number } | undefined): Promise<undefined | "stale"> => {
        // A competitor writes between our read and our PUT, once.
        if (!competitorWrote) {
          competitorWrote = true;
          state.entries = [...state.entries, "theirs"];
          version++;
        }
        if ((current?.version ?? 0) !== version) return "stale";
        state.entries = [...(current?.entries ?? []), "ours"];
        state.writes++;
        version++;
      },
    };
    assert.equal(await readMergeWrite("t", checked, options), "written");
    assert.deepEqual(state.entries, ["theirs", "ours"], "theirs kept: our stale write was never put");
    assert.equal(state.writes, 1);
    assert.equal(sleeps.length, 2, `one backoff before merging again, one settle after the write: ${sleeps}`);
  });

  it("waits at least twice its own read-to-write time before reading back, capped", async () => {
    const state = tag();
    const { sleeps, options } = clock();
    let slow = 700;
    const slowTarget = {
      ...target(state, "ours"),
      write: async (current: string[] | undefined) => {
        await options.sleep(slow);
        state.entries = [...(current ?? []), "ours"];
      },
    };
    await readMergeWrite("t", slowTarget, options);
    assert.deepEqual(sleeps, [700, 1400 + 50]);
    sleeps.length = 0;
    slow = 5000;
    state.entries = [];
    await readMergeWrite("t", slowTarget, options);
    assert.deepEqual(sleeps, [5000, 3000], "never more than the cap");
  });

  it("gives up after the attempts with an error saying the addition is not there", async () => {
    const state = tag();
    const alwaysReplaced = target(state, "ours", () => {
      state.entries = ["theirs"];
    });
    await assert.rejects(
      readMergeWrite("registry/repo:sha256-abc.sig", alwaysReplaced, { ...clock().options, attempts: 4 }),
      (error: Error) =>
        error instanceof ConcurrentUpdateError && /registry\/repo:sha256-abc\.sig: .*4 times/.test(error.message),
    );
    assert.equal(state.writes, 4);
  });
});
