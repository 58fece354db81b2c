/**
 * Why: the long fuzz run (excluded from the default suite; `npx vitest run --config
 * vitest.fuzz.config.ts`). Same properties as totality.test.ts with many more runs: FUZZ_RUNS
 * (default 5000) and FUZZ_SEED (default: time-based). The seed is printed so a failure can be
 * replayed exactly with FUZZ_SEED=<seed>.
 */
import { describe, it } from "vitest";
import fc from "fast-check";
import { agreementProperty, makeSandboxes, oneShotTotalityProperty, totalityProperty } from "./properties.js";

const numRuns = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = Number(process.env.FUZZ_SEED ?? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0);
console.log(`ringfence fuzz: seed=${seed} numRuns=${numRuns} (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${numRuns})`);

const sandboxes = makeSandboxes();

describe(`fuzz (long, seed ${seed})`, () => {
  it("any source yields data or a SandboxError (shared sandboxes)", () => {
    fc.assert(totalityProperty(sandboxes), { numRuns, seed });
  });

  it("any source yields data or a SandboxError (one-shot evaluate)", () => {
    fc.assert(oneShotTotalityProperty(), { numRuns: Math.max(1, Math.floor(numRuns / 10)), seed });
  });

  it("benign generated programs agree with plain node:vm", () => {
    fc.assert(agreementProperty(sandboxes), { numRuns, seed });
  });
});
