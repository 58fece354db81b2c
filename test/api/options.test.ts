/**
 * Why: options are attack surface, so they fail closed: unknown keys, wrong types and unknown layers or
 * builtins are errors naming the problem; modes and builtin presets do what they say.
 */
import { describe, expect, it } from "vitest";
import { DEFAULTS, Sandbox, SandboxOptionsError, type SandboxOptions } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

describe("options", () => {
  const bad: [string, unknown][] = [
    ["an unknown option", { timeout: 5 }],
    ["an unknown limit", { limits: { memory: 5 } }],
    ["a non-positive limit", { limits: { steps: 0 } }],
    ["an unknown layer", { layers: { sandbox: false } }],
    ["a non-boolean layer", { layers: { guards: "no" } }],
    ["an unknown mode", { mode: "repl" }],
    ["modules outside module mode", { modules: {} }],
    ["an unknown builtin", { builtins: ["Math", "process"] }],
    ["a global that is not an identifier", { globals: { "a-b": 1 } }],
  ];
  for (const [name, options] of bad) {
    it(`refuse ${name}`, () => {
      expect(() => new Sandbox(options as SandboxOptions)).toThrow(SandboxOptionsError);
    });
  }
  it("refuse unknown compile options", () => {
    expect(() => new Sandbox().compile("1", { input: ["a"] } as never)).toThrow(SandboxOptionsError);
  });
  it("default to every layer on, frozen", () => {
    expect(Object.values(DEFAULTS.layers).every(Boolean)).toBe(true);
    expect(Object.isFrozen(DEFAULTS) && Object.isFrozen(DEFAULTS.limits)).toBe(true);
  });
});

describe("modes and builtins", () => {
  it("expression mode takes one expression: an object literal is an object", () => {
    const sandbox = new Sandbox({ mode: "expression" });
    expect(sandbox.evaluate("{ a: 1 }")).toEqual({ a: 1 });
    expect(errorOf(() => sandbox.evaluate("1; 2"))).toMatchObject({ code: "SANDBOX_SYNTAX" });
  });
  it("the expression preset is smaller than the standard one", () => {
    const small = new Sandbox({ mode: "expression" });
    expect(small.check("Map").map((d) => d.ruleId)).toEqual(["no-unknown-global"]);
    expect(new Sandbox().check("new Map()")).toEqual([]);
  });
  it("a custom builtin list exposes exactly those names", () => {
    const sandbox = new Sandbox({ builtins: ["Math"] });
    expect(sandbox.evaluate("Math.max(1, 2)")).toBe(2);
    expect(sandbox.check("JSON.stringify(1)", { inputs: [] }).map((d) => d.ruleId)).toEqual(["no-unknown-global"]);
  });
  it("script mode returns the completion value, as eval does", () => {
    const sandbox = new Sandbox();
    const cases: [string, unknown][] = [["1; 2", 2], ["1; if (false) {}", undefined], ["1; {}", 1], ["1; var x = 5;", 1], ["let y = 3; y * 2", 6], ["1; try { 2 } finally { 3 }", 2], ["", undefined], ["1; try { throw 5; } catch (e) {}", undefined], ["1; while (false) {}", undefined], ["1; for (const x of [1]) {}", undefined]];
    for (const [source, value] of cases) expect(sandbox.evaluate(source), source).toEqual(value);
  });
});
