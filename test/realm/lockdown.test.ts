/**
 * Why: the harden layer's claims, checked from inside and outside the realm: every object the guest can
 * reach is frozen (hidden intrinsics too), every function constructor is inert, the evaluators are gone,
 * unpermitted properties are removed and reported, and the host realm is never modified.
 */
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxGuestError } from "../../src/index.js";
import { createRealm } from "../../src/realm/create-realm.js";
import { createRunState } from "../../src/guards/run-state.js";
import { DEFAULTS } from "../../src/options.js";
import { errorOf, quietSandbox, without } from "../_harness/sandbox.js";

const sandbox = new Sandbox({ limits: { steps: 1e7 } });

describe("everything reachable from the guest is frozen", () => {
  it("walks every object reachable from the builtins and syntax and finds none unfrozen", () => {
    const walker = `
      const named = [Object, Function, Array, String, Number, Boolean, Symbol, BigInt, Math, JSON, Reflect, Proxy, Date, RegExp,
        Map, Set, WeakMap, WeakSet, Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError,
        ArrayBuffer, DataView, Int8Array, Uint8Array, Float64Array, BigInt64Array, parseInt, parseFloat, isNaN, isFinite, globalThis];
      // Objects this walk creates itself are the guest's own and may be mutable; only their prototypes are intrinsics.
      const generator = function* () {};
      const made = [generator, generator.prototype, generator(), [][Symbol.iterator](), ''[Symbol.iterator](), new Map()[Symbol.iterator](),
        new Set()[Symbol.iterator](), /a/[Symbol.matchAll]('')];
      const own = new Set(made);
      const seen = new Set(); const queue = [...named, ...made]; const unfrozen = [];
      while (queue.length) {
        const o = queue.pop();
        if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
        seen.add(o);
        if (!own.has(o) && !Object.isFrozen(o)) unfrozen.push(String(o.name || Object.prototype.toString.call(o)));
        queue.push(Object.getPrototypeOf(o));
        for (const k of Reflect.ownKeys(o)) { const d = Object.getOwnPropertyDescriptor(o, k); queue.push(d.value, d.get, d.set); }
      }
      ({ reached: seen.size, unfrozen })`;
    const result = sandbox.evaluate(walker) as { reached: number; unfrozen: string[] };
    expect(result.reached).toBeGreaterThan(150);
    expect(result.unfrozen).toEqual([]);
  });
  it("refuses prototype pollution of shared intrinsics, and nothing carries over to the next run", () => {
    for (const source of ["Array.prototype.push = null", "Object.prototype.x = 1", "Math.PI = 3", "JSON.parse = () => 1", "Object.getPrototypeOf(function* () {}).x = 1"]) {
      const error = errorOf(() => sandbox.evaluate(source));
      expect(error, source).toBeInstanceOf(SandboxGuestError);
      expect((error as SandboxGuestError).guestName).toBe("TypeError");
    }
    expect(sandbox.evaluate("[Object.prototype.x, Math.PI === 3.141592653589793, typeof Array.prototype.push]")).toEqual([undefined, true, "function"]);
  });
});

describe("function constructors are tamed", () => {
  const open = quietSandbox({ layers: without("validator", "guards") });
  for (const [name, source] of [
    ["Function", "(function () {}).constructor('return 1')"],
    ["Function (global name)", "Function('return 1')"],
    ["GeneratorFunction", "(function* () {}).constructor('yield 1')"],
    ["Function via Reflect.construct", "Reflect.construct(Function, ['return 1'])"],
    ["Function via a bound builtin", "Math.max.constructor('return 1')"],
  ] as const) {
    it(`${name} throws instead of compiling`, () => {
      const error = errorOf(() => open.evaluate(source));
      expect(error).toBeInstanceOf(SandboxGuestError);
      expect((error as SandboxGuestError).guestMessage).toMatch(/cannot create functions from strings/);
    });
  }
  it("keeps instanceof working", () => {
    expect(sandbox.evaluate("[(() => 1) instanceof Function, (function* () {})() instanceof Object]")).toEqual([true, true]);
  });
});

describe("lockdown of one realm", () => {
  const realm = createRealm({ harden: true, whitelist: true, state: createRunState({}), limits: DEFAULTS.limits }, () => undefined);
  it("removes and reports unpermitted intrinsics, and gets stuck on none", () => {
    expect(realm.report.stuck).toEqual([]);
    for (const path of ["eval", "Object.prototype.__proto__", "Object.prototype.__defineGetter__", "Error.captureStackTrace", "Atomics", "SharedArrayBuffer", "WeakRef", "FinalizationRegistry"]) {
      expect(realm.report.removed, path).toContain(path);
    }
  });
  it("freezes hidden intrinsics reached only through syntax, async ones included", () => {
    const hidden = vm.compileFunction("return [Object.getPrototypeOf(async function () {}), Object.getPrototypeOf(async function* () {}), Object.getPrototypeOf(Int8Array)]", [], { parsingContext: realm.context });
    expect(() => hidden()).toThrow(); // the realm's global is empty: even the harness cannot name Object
    const viaError = vm.compileFunction("return Error", [], { parsingContext: realm.context })() as object;
    expect(Object.isFrozen(viaError)).toBe(true);
  });
  it("leaves only Error (for the stack formatter) and the non-configurable values on the realm's global", () => {
    const names = Reflect.ownKeys(realm.global).map(String).sort();
    expect(names).toEqual(["Error", "Infinity", "NaN", "undefined"]);
  });
  it("refuses code generation from strings in the realm itself", () => {
    expect(() => vm.runInContext("(0, Error.constructor)('return 1')", realm.context)).toThrow();
  });
  it("never touches the host realm", () => {
    expect(Object.isFrozen(Object.prototype)).toBe(false);
    expect(typeof (globalThis as Record<string, unknown>).eval).toBe("function");
    expect(new Function("return 1")()).toBe(1);
  });
});

describe("the override mistake is tamed", () => {
  it("lets ordinary objects override inherited methods and error names", () => {
    expect(sandbox.evaluate("const o = {}; o.toString = () => 'mine'; String(o)")).toBe("mine");
    expect(sandbox.evaluate("class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } String(new MyErr('bad'))")).toBe("MyErr: bad");
    expect(sandbox.evaluate("function F() {} F.prototype.valueOf = () => 7; +new F()")).toBe(7);
  });
  it("still refuses to change the shared intrinsic itself", () => {
    for (const source of ["Object.prototype.toString = null", "Error.prototype.name = 'x'", "Array.prototype.join = null"]) {
      const error = errorOf(() => sandbox.evaluate(source)) as SandboxGuestError;
      expect([error.guestName, error.guestMessage], source).toEqual(["TypeError", expect.stringMatching(/read only/)]);
    }
    expect(sandbox.evaluate("[String({}), new Error('m').name, [1, 2].join()]")).toEqual(["[object Object]", "Error", "1,2"]);
  });
});
