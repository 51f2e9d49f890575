// The pacer behind ECR's published request rates, on a fake clock: a burst goes at once, the rest at
// the rate, concurrent callers each get their own slot, and an idle bucket fills up again.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ecrPacers, RatePacer } from "@image-actions/oci";

describe("RatePacer", () => {
  it("lets a burst through, then one call per interval", () => {
    let now = 1000;
    const pacer = new RatePacer(10, 3, { now: () => now });
    const delays = Array.from({ length: 6 }, () => pacer.reserve());
    assert.deepEqual(delays, [0, 0, 0, 100, 200, 300]);
    now += 1000;
    assert.deepEqual(
      Array.from({ length: 4 }, () => pacer.reserve()),
      [0, 0, 0, 100],
      "a second later the bucket is full again",
    );
  });

  it("gives concurrent takers distinct slots and waits for them", async () => {
    const waited: number[] = [];
    const pacer = new RatePacer(10, 2, {
      now: () => 0,
      sleep: async (ms) => {
        waited.push(ms);
      },
    });
    await Promise.all(Array.from({ length: 5 }, () => pacer.take()));
    assert.deepEqual(waited, [100, 200, 300]);
  });

  it("paces PutImage for ECR, and blob uploads too for ECR Public", () => {
    assert.deepEqual(Object.keys(ecrPacers("private")), ["putImage"]);
    assert.deepEqual(Object.keys(ecrPacers("public")).sort(), ["completeUpload", "initiateUpload", "putImage"]);
  });
});
