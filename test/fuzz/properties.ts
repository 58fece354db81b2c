/**
 * Why: the two fuzz properties, shared by the quick default-suite run (totality.test.ts) and the long
 * run (semantics.fuzz.test.ts), so both check exactly the same claims:
 *   1. totality - whatever text comes in, the host gets back plain data or a SandboxError;
 *   2. agreement - benign generated programs mean in ringfence what they mean in plain JavaScript.
 */
import { expect } from "vitest";
import fc from "fast-check";
import { Sandbox, SandboxError, evaluate } from "../../src/index.js";
import { holdsNonData, normalize, runReference, runRingfence } from "../semantics/normalize.js";
import { anySource, benignProgram, FUZZ_INPUTS } from "./arbitraries.js";

/** Small budgets: fuzzed loops must trip the budget quickly, not stall the suite. */
const LIMITS = { steps: 20_000, timeoutMs: 250 };

export function makeSandboxes() {
  return {
    script: new Sandbox({ mode: "script", limits: LIMITS }),
    expression: new Sandbox({ mode: "expression", limits: LIMITS }),
  };
}

/** Runs `attempt`; the only acceptable outcomes are data out or a SandboxError thrown. */
export function expectTotal(attempt: () => unknown): void {
  let value: unknown;
  try {
    value = attempt();
  } catch (error) {
    if (!(error instanceof SandboxError)) {
      throw new Error(`not a SandboxError: ${Object.prototype.toString.call(error)} ${String((error as Error)?.stack ?? error)}`);
    }
    expect(typeof error.code).toBe("string");
    return;
  }
  expect(holdsNonData(normalize(value)), "a result must be plain data").toBe(false);
}

export function totalityProperty(sandboxes: ReturnType<typeof makeSandboxes>) {
  return fc.property(anySource, fc.boolean(), fc.constantFrom("script" as const, "expression" as const), (source, withInputs, mode) => {
    expectTotal(() => sandboxes[mode].evaluate(source, withInputs ? FUZZ_INPUTS : {}));
  });
}

/** The same claim through the one-shot `evaluate` with default options (a fresh sandbox per call). */
export function oneShotTotalityProperty() {
  return fc.property(anySource, (source) => {
    expectTotal(() => evaluate(source, FUZZ_INPUTS, { limits: LIMITS }));
  });
}

export function agreementProperty(sandboxes: ReturnType<typeof makeSandboxes>) {
  return fc.property(benignProgram, ({ source, mode }) => {
    const reference = runReference(source, {}, mode);
    const actual = runRingfence(sandboxes[mode], source);
    expect(actual, `${mode}: ${source}`).toEqual(reference);
  });
}
