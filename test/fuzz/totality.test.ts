/**
 * Why: a quick fuzz pass in the default suite. Any string (random text, unicode, token soup stitched
 * from escape fragments like constructor, __proto__, \u0063, <!--, backticks and arrows) must come
 * back as plain data or as a SandboxError - never another error type, never a crash - and generated
 * benign arithmetic/string/array programs must agree with plain node:vm. The long run is
 * semantics.fuzz.test.ts (npm run test:fuzz).
 */
import { describe, it } from "vitest";
import fc from "fast-check";
import { agreementProperty, makeSandboxes, oneShotTotalityProperty, totalityProperty } from "./properties.js";

const sandboxes = makeSandboxes();

describe("fuzz (quick)", () => {
  it("any source yields data or a SandboxError (shared sandboxes)", () => {
    fc.assert(totalityProperty(sandboxes), { numRuns: 300 });
  });

  it("any source yields data or a SandboxError (one-shot evaluate)", () => {
    fc.assert(oneShotTotalityProperty(), { numRuns: 60 });
  });

  it("benign generated programs agree with plain node:vm", () => {
    fc.assert(agreementProperty(sandboxes), { numRuns: 300 });
  });
});
