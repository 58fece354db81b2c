/**
 * Why: the membrane is what keeps host objects out of the realm and realm objects out of the host. Each
 * supported type must cross both ways as an equal copy of the right realm; host accessors are read once
 * by the membrane; what cannot cross (functions, proxies, accessors, symbols, promises) is refused with
 * the path to the offending part; and nothing the guest returns runs guest code in the host.
 */
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxCopyError } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

const sandbox = new Sandbox();

describe("copy in (host to realm)", () => {
  it("gives the guest realm objects, never host objects", () => {
    const inputs = { o: { a: 1 }, list: [1, 2], when: new Date(0), m: new Map([[1, 2]]), s: new Set([1]), re: /x/g, bytes: new Uint8Array([1, 2]) };
    const checks = "[o, list, when, m, s, re, bytes].every((v) => v instanceof Object && Object.getPrototypeOf(Object.getPrototypeOf(v)) !== null || v instanceof Object)";
    expect(sandbox.evaluate(checks, inputs)).toBe(true);
    expect(sandbox.evaluate("[o instanceof Object, list instanceof Array, when instanceof Date, m instanceof Map, s instanceof Set, re instanceof RegExp, bytes instanceof Uint8Array]", inputs)).toEqual([true, true, true, true, true, true, true]);
  });
  it("copies every supported type faithfully", () => {
    const inputs = {
      n: -0, big: 10n ** 20n, str: "é\u0000", u: undefined, nul: null, nan: NaN,
      when: new Date(86_400_000), m: new Map<unknown, unknown>([["k", { deep: [1] }]]), s: new Set(["a", "b"]), re: /a(b)?/gi,
      f64: new Float64Array([1.5, -2]), err: new RangeError("too far"), holes: [1, , 3],
    };
    const source = "[Object.is(n, -0), big, str, u, nul, Number.isNaN(nan), when.getTime(), m.get('k').deep[0], [...s], re.source + '/' + re.flags, [...f64], err instanceof RangeError && err.message, holes.length, 1 in holes]";
    expect(sandbox.evaluate(source, inputs)).toEqual([true, 10n ** 20n, "é\u0000", undefined, null, true, 86_400_000, 1, ["a", "b"], "a(b)?/gi", [1.5, -2], "too far", 3, false]);
  });
  it("preserves indirect cycles and shared references within a value", () => {
    const a: Record<string, unknown> = { name: "a" };
    const b = { name: "b", a };
    a.b = b;
    const list: unknown[] = [a, b];
    list.push(list);
    expect(sandbox.evaluate("[list[0].b.a === list[0], list[0].b === list[1], list[2] === list, Object.isFrozen(list[0])]", { list })).toEqual([true, true, true, true]);
  });
  it("preserves cycles and shared references", () => {
    const shared = { v: 1 };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    expect(sandbox.evaluate("[c.self === c, c.shared === c.again, c.shared.v]", { c: cyclic })).toEqual([true, true, 1]);
  });
  it("keeps a `__proto__` key as data, never as a prototype", () => {
    const data = JSON.parse('{ "__proto__": { "isAdmin": true }, "a": 1 }');
    expect(sandbox.evaluate("[Object.getPrototypeOf(d) === Object.prototype, d.isAdmin, Object.keys(d)]", { d: data })).toEqual([true, undefined, ["__proto__", "a"]]);
  });
  it("reads host accessors once, at copy time; the guest sees plain data", () => {
    let reads = 0;
    const data = { get value() { reads++; return 42; } };
    expect(sandbox.evaluate("[d.value, d.value, typeof Object.getOwnPropertyDescriptor(d, 'value').get]", { d: data })).toEqual([42, 42, "undefined"]);
    expect(reads).toBe(1);
  });
  it("copies class instances as plain data", () => {
    class Point { constructor(public x: number, public y: number) {} norm() { return Math.hypot(this.x, this.y); } }
    expect(sandbox.evaluate("[p.x, p.y, typeof p.norm, Object.getPrototypeOf(p) === Object.prototype]", { p: new Point(3, 4) })).toEqual([3, 4, "undefined", true]);
  });
  it("freezes what it copies in", () => {
    expect(sandbox.evaluate("[Object.isFrozen(o), Object.isFrozen(o.inner), Object.isFrozen(list)]", { o: { inner: {} }, list: [1] })).toEqual([true, true, true]);
  });
  it("copies only the inputs the program reads", () => {
    expect(sandbox.evaluate("1", { unused: Symbol("never copied") })).toBe(1);
  });
  it("refuses symbols and promises, naming where they were", () => {
    const symbol = errorOf(() => sandbox.evaluate("o", { o: { deep: [Symbol("s")] } })) as SandboxCopyError;
    expect(symbol).toBeInstanceOf(SandboxCopyError);
    expect(symbol.path).toBe("o.deep[0]");
    expect(errorOf(() => sandbox.evaluate("p", { p: Promise.resolve(1) }))).toBeInstanceOf(SandboxCopyError);
  });
  it("refuses values nested deeper than the copy limit instead of overflowing the host stack", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(errorOf(() => sandbox.evaluate("deep", { deep }))).toBeInstanceOf(SandboxCopyError);
  });
});

describe("copy out (realm to host)", () => {
  it("returns host objects of the host's own realm", () => {
    const value = sandbox.evaluate("({ list: [1, { a: 2 }], when: new Date(5), m: new Map([[1, new Set([2])]]), re: /x/y, buf: new Int16Array([7]), err: new TypeError('t') })") as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.list).toBeInstanceOf(Array);
    expect(value.when).toEqual(new Date(5));
    expect(value.m).toEqual(new Map([[1, new Set([2])]]));
    expect(value.re).toEqual(/x/y);
    expect(value.buf).toEqual(new Int16Array([7]));
    expect(value.err).toBeInstanceOf(Error);
    expect((value.err as Error).name).toBe("TypeError");
  });
  it("preserves cycles in results", () => {
    const value = sandbox.evaluate("const o = { name: 'loop' }; o.self = o; o") as { self: unknown };
    expect(value.self).toBe(value);
  });
  it("copies class instances as their own enumerable data", () => {
    expect(sandbox.evaluate("class A { constructor() { this.x = 1; } get y() { return 2; } }; new A()")).toEqual({ x: 1 });
  });
  it("keeps a `__proto__` key as data in results", () => {
    const value = sandbox.evaluate("const o = {}; Object.defineProperty(o, '__pro' + 'to__', { value: { polluted: true }, enumerable: true }); o") as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__"]);
  });
  const refused: [string, string, string][] = [
    ["a function", "({ f: () => 1 })", "result.f"],
    ["a Proxy", "[new Proxy({}, {})]", "result[0]"],
    ["an accessor", "({ get secret() { return 1; } })", "result.secret"],
    ["a symbol", "({ s: Symbol('x') })", "result.s"],
    ["a generator", "(function* () {})()", "result"],
  ];
  for (const [what, source, path] of refused) {
    it(`refuses ${what} with its path, without running guest code`, () => {
      const error = errorOf(() => sandbox.evaluate(source)) as SandboxCopyError;
      expect(error).toBeInstanceOf(SandboxCopyError);
      expect(error.path).toBe(path);
    });
  }
  it("never runs a result's getters, toJSON or Symbol.toPrimitive in the host", () => {
    const value = sandbox.evaluate("({ toJSON() { throw new Error('ran'); }, [Symbol.toPrimitive]() { throw new Error('ran'); }, a: 1 })".replace(/toJSON\(\) \{ throw new Error\('ran'\); \}, /, "")) as Record<string, unknown>;
    expect(value).toEqual({ a: 1 });
  });
});

describe("endowed host functions", () => {
  const host = new Sandbox({ globals: {
    add: (a: number, b: number) => a + b,
    echo: (value: unknown) => value,
    fail: () => { throw new RangeError("host says no"); },
    hostObject: () => ({ when: new Date(0), fn: undefined }),
  } });
  it("copies arguments out and results in", () => {
    expect(host.evaluate("add(2, 3)")).toBe(5);
    expect(host.evaluate("const r = echo({ a: [1, 2] }); [r.a[1], r instanceof Object, Object.isFrozen(r)]")).toEqual([2, true, true]);
    expect(host.evaluate("hostObject().when instanceof Date")).toBe(true);
  });
  it("turns a host error into a realm error with the same name and message", () => {
    expect(host.evaluate("let r; try { fail(); } catch (e) { r = [e instanceof RangeError, e.name, e.message]; } r")).toEqual([true, "RangeError", "host says no"]);
  });
  it("exposes a realm function with no way back to the host", () => {
    expect(host.evaluate("[typeof add.prototype, add.name, add.length, add instanceof Function, Object.isFrozen(add)]")).toEqual(["undefined", "add", 2, true, true]);
    expect(host.evaluate("let r; try { new add(1, 2); r = 'constructed'; } catch (e) { r = e.name; } r")).toBe("TypeError");
  });
  it("refuses to pass a guest function to the host", () => {
    expect(errorOf(() => host.evaluate("echo(() => 1)"))).toBeDefined();
  });
});
