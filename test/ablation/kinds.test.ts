/**
 * Why: a matrix cell is the gravest kind of tripwire that fired. Every tripwire line the runner writes
 * (src/ablation/attempt.ts, pool.ts) must belong to a kind, and the order must put a host compromise
 * before a realm change.
 */
import { describe, expect, it } from "vitest";
import { kindOf, kindsOf } from "../../src/ablation/kinds.js";

describe("tripwire kinds", () => {
  it.each([
    ["crash: the host process died", "crash"],
    ["timeout: the host process was still busy", "hang"],
    ["host: canary touched", "canary"],
    ["host: Object.prototype changed", "host-proto"],
    ["host-deep: Array.prototype.includes changed", "host-proto"],
    ["result holds a host function", "host-fn"],
    ["error.thrown.x is a host function", "host-fn"],
    ["host-data: input.list added", "host-data"],
    ["secret: the error message carries host function source", "host-source"],
    ["result.s carries host function source", "host-source"],
    ["raw throw: evaluate() threw a realm object, not a SandboxError", "raw-throw"],
    ["result: inspecting it ran code that threw (a realm error)", "raw-throw"],
    ["realm: realm Array.prototype.includes changed", "realm-state"],
    ["probe: before \"a\", after \"b\"", "realm-state"],
    ["run 2: found state left by run 1", "realm-state"],
  ])("%s -> %s", (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it("refuses a tripwire line no kind claims", () => {
    expect(() => kindOf("brand new: something")).toThrow(/no kind/);
  });

  it("lists the kinds that fired once each, gravest first", () => {
    expect(kindsOf({ tripwires: ["realm: realm Object changed", "host: canary touched", "host-deep: globalThis.x changed", "realm: realm Array changed"] }))
      .toEqual(["canary", "host-proto", "realm-state"]);
    expect(kindsOf({ tripwires: [] })).toEqual([]);
  });
});
