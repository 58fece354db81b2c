/**
 * Why: the freeze layer's claim - a run cannot leave state behind for the next one - checked on the
 * three things a guest could try to change: its global scope, the sandbox's endowments, and its inputs.
 */
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxGuestError } from "../../src/index.js";
import { errorOf, quietSandbox, without } from "../_harness/sandbox.js";

describe("state does not survive a run", () => {
  const sandbox = new Sandbox({ globals: { config: { limit: 10, tags: ["a"] } } });
  it("refuses writes to endowments, nested ones too", () => {
    for (const source of ["config.limit = 0", "config.tags.push('b')", "delete config.limit", "Object.defineProperty(config, 'x', { value: 1 })"]) {
      expect(errorOf(() => sandbox.evaluate(source)), source).toBeInstanceOf(SandboxGuestError);
    }
    expect(sandbox.evaluate("[config.limit, config.tags.length, 'x' in config]")).toEqual([10, 1, false]);
  });
  it("refuses writes to the guest's global scope", () => {
    expect(errorOf(() => sandbox.evaluate("globalThis.leak = 1"))).toBeInstanceOf(SandboxGuestError);
    expect(errorOf(() => sandbox.evaluate("this.leak = 1"))).toBeInstanceOf(SandboxGuestError);
    expect(sandbox.evaluate("typeof globalThis.leak")).toBe("undefined");
  });
  it("top-level declarations do not persist between runs", () => {
    sandbox.evaluate("var kept = 1; let also = 2; function fn() {}");
    expect(sandbox.check("kept + also + fn()", { inputs: [] }).map((d) => d.ruleId)).toEqual(["no-unknown-global", "no-unknown-global", "no-unknown-global"]);
  });
  it("inputs are frozen copies: the caller's objects are untouched", () => {
    const inputs = { order: { qty: 1 } };
    expect(errorOf(() => sandbox.evaluate("order.qty = 99", inputs))).toBeInstanceOf(SandboxGuestError);
    expect(inputs.order.qty).toBe(1);
    expect(Object.isFrozen(inputs.order)).toBe(false);
  });
  it("with the freeze layer off, an endowment mutation does carry over (the layer is what stops it)", () => {
    const weak = quietSandbox({ globals: { config: { limit: 10 } }, layers: without("freeze") });
    weak.evaluate("config.limit = 0");
    expect(weak.evaluate("config.limit")).toBe(0);
    expect(weak.weakened).toEqual(["freeze"]);
  });
});
