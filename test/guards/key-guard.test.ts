/**
 * Why: the runtime twin of the forbidden-key rules must stop every spelling a static rule cannot see -
 * keys built at run time, key objects whose conversion changes between calls, symbols-to-primitive -
 * in every position a key appears, while leaving ordinary computed access exactly as fast and exact as
 * plain JavaScript (this kept for calls, single evaluation for compound assignment).
 */
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxAccessError } from "../../src/index.js";
import { errorOf, quietSandbox, without } from "../_harness/sandbox.js";

const sandbox = new Sandbox();
// The validator off, so only the guard can stop the static spellings too.
const guardsOnly = quietSandbox({ layers: without("validator") });

describe("the key guard refuses forbidden keys spelled at run time", () => {
  const dynamic: [string, string][] = [
    ["member read", "const k = 'con' + 'structor'; ({})[k]"],
    ["member write", "const k = '__pro' + 'to__'; const o = {}; o[k] = {}"],
    ["compound assignment", "const k = '__pro' + 'to__'; const o = {}; o[k] += 1"],
    ["update", "const k = 'call' + 'er'; const o = {}; o[k]++"],
    ["delete", "const k = 'con' + 'structor'; delete ({})[k]"],
    ["in", "const k = 'con' + 'structor'; k in {}"],
    ["method call", "const k = 'con' + 'structor'; [].map[k]('return 1')"],
    ["optional chain", "const k = 'con' + 'structor'; ({})?.[k]"],
    ["object literal key", "const k = '__pro' + 'to__'; ({ [k]: 1 })"],
    ["destructuring key", "const k = 'con' + 'structor'; const { [k]: c } = {}"],
    ["class member key", "const k = '__pro' + 'to__'; class A { [k]() {} }"],
    ["class field key", "const k = 'con' + 'structor'; class A { static [k] = 1 }"],
    ["template literal key", "const a = 'con'; ({})[`${a}structor`]"],
    ["super member", "const k = 'con' + 'structor'; class A { m() { return super[k]; } }; new A().m()"],
    ["toString answering differently each time", "let n = 0; const k = { toString() { return n++ ? 'constructor' : 'constructor' } }; ({})[k]"],
    ["Symbol.toPrimitive", "const k = { [Symbol.toPrimitive]() { return '__proto__' } }; ({})[k]"],
    ["legacy accessor", "const k = '__define' + 'Getter__'; ({})[k]"],
    ["stack hook", "const k = 'prepare' + 'StackTrace'; Error[k]"],
    ["arguments.callee", "function f() { const k = 'cal' + 'lee'; return arguments[k]; } f()"],
  ];
  for (const [name, source] of dynamic) {
    it(name, () => {
      const error = errorOf(() => sandbox.evaluate(source));
      expect(error).toBeInstanceOf(SandboxAccessError);
      expect((error as SandboxAccessError).location?.line).toBe(1);
    });
  }

  it("also refuses the static spellings when the validator is off", () => {
    for (const source of ["({}).constructor", "({}).__proto__", "({ __proto__: null })", "const { constructor } = {}", "(function () {}).caller", "class A { __proto__() {} }"]) {
      expect(errorOf(() => guardsOnly.evaluate(source)), source).toBeInstanceOf(SandboxAccessError);
    }
  });

  it("names the refused key and where it was", () => {
    const error = errorOf(() => sandbox.evaluate("let x = 1;\nconst k = 'con' + 'structor';\nx = ({})[k];")) as SandboxAccessError;
    expect(error.key).toBe("constructor");
    expect(error.location).toEqual({ line: 3, column: 10 });
  });

  it("cannot be swallowed by guest catch or finally", () => {
    const probe = "const k = 'con' + 'structor'; let r = 'swallowed'; try { ({})[k]; } catch (e) { r = 'caught'; } r";
    expect(errorOf(() => sandbox.evaluate(probe))).toBeInstanceOf(SandboxAccessError);
    const laundered = "(function () { try { ({})['con' + 'structor']; } finally { return 'laundered'; } })()";
    expect(errorOf(() => sandbox.evaluate(laundered))).toBeInstanceOf(SandboxAccessError);
  });
});

describe("the key guard keeps ordinary access exact", () => {
  it("converts a key object exactly once and uses that value", () => {
    expect(sandbox.evaluate("let n = 0; const k = { toString() { n++; return n === 1 ? 'length' : 'constructor'; } }; [[][k], n]")).toEqual([0, 1]);
  });
  it("evaluates object and key once in compound assignment and update", () => {
    expect(sandbox.evaluate("let calls = 0; const o = { a: 1 }; const key = () => { calls++; return 'a'; }; o[key()] += 10; o[key()]++; [o.a, calls]")).toEqual([12, 2]);
  });
  it("keeps `this` for computed method calls, optional ones too", () => {
    expect(sandbox.evaluate("const o = { v: 7, get() { return this.v; } }; const m = 'get'; [o[m](), o?.[m](), o[m]?.()]")).toEqual([7, 7, 7]);
  });
  it("passes numbers and symbols through unchanged", () => {
    expect(sandbox.evaluate("const s = Symbol('x'); const o = { [s]: 1, 2: 'two' }; [o[s], o[1 + 1], o['2'], [10, 20][1]]")).toEqual([1, "two", "two", 20]);
  });
  it("allows safe literal keys without a guard call and the same keys computed", () => {
    expect(sandbox.evaluate("const o = { length: 3, 'a b': 1 }; const k = 'a b'; [o['length'], o[k], 'length' in o]")).toEqual([3, 1, true]);
  });
});
