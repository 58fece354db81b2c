/**
 * Why: the matrix starts one child process per configuration through mapLimit; it must never run
 * more than its limit at once (a small machine would thrash) and must keep results in input order
 * (the matrix's columns depend on it).
 */
import { describe, expect, it } from "vitest";
import { mapLimit } from "../../src/ablation/parallel.js";

describe("mapLimit", () => {
  it("runs at most `limit` at a time and keeps the input order", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([30, 5, 20, 1, 10], 2, async (ms) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(2);
  });
});
