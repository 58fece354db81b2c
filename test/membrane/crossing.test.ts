/**
 * Why: the membrane's contract, type by type and direction by direction. Every value the issue lists
 * must cross into the realm (as an input, as an endowment, as a host function's result) and out of it
 * (as the result, as a host function's argument, as a thrown value) as an equal copy whose prototypes
 * belong to the receiving side; what cannot cross is refused with the path to the offending part; and
 * nothing the guest defines runs in the host, where no budget applies.
 */
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError, SandboxCopyError, SandboxGuestError } from "../../src/index.js";
import { asyncErrorOf, errorOf } from "../_harness/sandbox.js";

interface Crossing {
  readonly name: string;
  /** Makes the value on the host side (fresh for every direction). */
  readonly host: () => unknown;
  /** A guest expression over `x`: true when the copy in is faithful and made of realm objects. */
  readonly inside: string;
  /** A guest expression that makes the same value inside the realm. */
  readonly make: string;
  /** Checks the copy out, including its host prototypes. */
  readonly outside: (value: any) => void;
  /** Typed arrays cannot be frozen; everything else copied in is. */
  readonly unfrozen?: true;
}

class Point {
  constructor(public x: number, public y: number) {}
  norm(): number { return Math.hypot(this.x, this.y); }
}

class ValidationError extends Error {
  constructor(message: string) { super(message); this.name = "ValidationError"; }
}

const GUEST_CLASSES = "class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return 5; } }";

function protoOf(value: unknown): unknown {
  return Object.getPrototypeOf(value);
}

const CROSSINGS: readonly Crossing[] = [
  { name: "-0", host: () => -0, inside: "Object.is(x, -0)", make: "-0", outside: (v) => expect(Object.is(v, -0)).toBe(true) },
  { name: "NaN", host: () => NaN, inside: "Number.isNaN(x)", make: "0 / 0", outside: (v) => expect(v).toBeNaN() },
  { name: "a BigInt beyond 2^64", host: () => 2n ** 70n, inside: "x === 1180591620717411303424n", make: "1180591620717411303424n", outside: (v) => expect(v).toBe(2n ** 70n) },
  { name: "a string with a lone surrogate and a NUL", host: () => "a\ud800\u0000", inside: "x === 'a\\ud800\\u0000'", make: "'a\\ud800\\u0000'", outside: (v) => expect(v).toBe("a\ud800\u0000") },
  {
    name: "undefined, null and booleans", host: () => [undefined, null, true, false],
    inside: "x.length === 4 && 0 in x && x[0] === undefined && x[1] === null && x[2] === true && x[3] === false",
    make: "[undefined, null, true, false]", outside: (v) => expect(v).toStrictEqual([undefined, null, true, false]),
  },
  {
    name: "a plain object", host: () => ({ a: 1, b: { c: "d" } }),
    inside: "Object.getPrototypeOf(x) === Object.prototype && Object.getPrototypeOf(x.b) === Object.prototype && x.a === 1 && x.b.c === 'd' && Object.keys(x).join() === 'a,b'",
    make: "({ a: 1, b: { c: 'd' } })",
    outside: (v) => { expect(protoOf(v)).toBe(Object.prototype); expect(protoOf(v.b)).toBe(Object.prototype); expect(v).toStrictEqual({ a: 1, b: { c: "d" } }); },
  },
  {
    name: "a null-prototype object (as an ordinary object)", host: () => Object.assign(Object.create(null) as object, { a: 1 }),
    inside: "Object.getPrototypeOf(x) === Object.prototype && x.a === 1", make: "Object.assign(Object.create(null), { a: 1 })",
    outside: (v) => { expect(protoOf(v)).toBe(Object.prototype); expect(v.a).toBe(1); },
  },
  {
    name: "an array", host: () => [1, "two", [3]],
    inside: "Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype && Object.getPrototypeOf(x[2]) === Array.prototype && x.length === 3 && x[1] === 'two' && x[2][0] === 3",
    make: "[1, 'two', [3]]", outside: (v) => { expect(protoOf(v)).toBe(Array.prototype); expect(protoOf(v[2])).toBe(Array.prototype); expect(v).toStrictEqual([1, "two", [3]]); },
  },
  {
    name: "a sparse array", host: () => { const a = [1, , 3]; a.length = 5; return a; },
    inside: "x.length === 5 && !(1 in x) && x[2] === 3 && !(4 in x)", make: "(() => { const a = [1, , 3]; a.length = 5; return a; })()",
    outside: (v) => { expect(v.length).toBe(5); expect(1 in v).toBe(false); expect(4 in v).toBe(false); expect(v[2]).toBe(3); },
  },
  {
    name: "nested cycles and shared references",
    host: () => { const shared = { n: 1 }; const o: Record<string, any> = { list: [shared, shared] }; o.self = o; o.list.push(o.list); return o; },
    inside: "x.self === x && x.list[0] === x.list[1] && x.list[2] === x.list && x.list[0].n === 1",
    make: "(() => { const shared = { n: 1 }; const o = { list: [shared, shared] }; o.self = o; o.list.push(o.list); return o; })()",
    outside: (v) => { expect(v.self).toBe(v); expect(v.list[0]).toBe(v.list[1]); expect(v.list[2]).toBe(v.list); expect(v.list[0]).toStrictEqual({ n: 1 }); },
  },
  {
    name: "a Date", host: () => new Date(86_400_000), inside: "Object.getPrototypeOf(x) === Date.prototype && x.getTime() === 86400000", make: "new Date(86400000)",
    outside: (v) => { expect(protoOf(v)).toBe(Date.prototype); expect(v.getTime()).toBe(86_400_000); },
  },
  {
    name: "an invalid Date", host: () => new Date(NaN), inside: "Object.getPrototypeOf(x) === Date.prototype && Number.isNaN(x.getTime())", make: "new Date(NaN)",
    outside: (v) => { expect(protoOf(v)).toBe(Date.prototype); expect(v.getTime()).toBeNaN(); },
  },
  {
    name: "a Map with an object key that is also a value",
    host: () => { const k = { id: 1 }; return new Map<unknown, unknown>([[k, "v"], ["k", k]]); },
    inside: "Object.getPrototypeOf(x) === Map.prototype && x.size === 2 && x.get([...x.keys()][0]) === 'v' && x.get('k') === [...x.keys()][0] && Object.getPrototypeOf(x.get('k')) === Object.prototype",
    make: "(() => { const k = { id: 1 }; return new Map([[k, 'v'], ['k', k]]); })()",
    outside: (v) => { expect(protoOf(v)).toBe(Map.prototype); const [k] = [...v.keys()]; expect(k).toStrictEqual({ id: 1 }); expect(v.get(k)).toBe("v"); expect(v.get("k")).toBe(k); },
  },
  {
    name: "a Set", host: () => new Set<unknown>([1, "a", 1n]), inside: "Object.getPrototypeOf(x) === Set.prototype && x.size === 3 && x.has(1) && x.has('a') && x.has(1n)", make: "new Set([1, 'a', 1n])",
    outside: (v) => { expect(protoOf(v)).toBe(Set.prototype); expect([...v]).toStrictEqual([1, "a", 1n]); },
  },
  {
    name: "a RegExp (source and flags cross; lastIndex starts over, as in structuredClone)",
    host: () => { const r = /a+b/dgimsy; r.lastIndex = 3; return r; },
    inside: "Object.getPrototypeOf(x) === RegExp.prototype && x.source === 'a+b' && x.flags === 'dgimsy' && x.lastIndex === 0",
    make: "(() => { const r = /a+b/dgimsy; r.lastIndex = 3; return r; })()",
    outside: (v) => { expect(protoOf(v)).toBe(RegExp.prototype); expect([v.source, v.flags, v.lastIndex]).toStrictEqual(["a+b", "dgimsy", 0]); },
  },
  {
    name: "a RegExp with the v flag", host: () => new RegExp("[\\p{L}--a]", "v"), inside: "x.flags === 'v' && x.test('b') && !x.test('a')", make: "/[\\p{L}--a]/v",
    outside: (v) => { expect(v.flags).toBe("v"); expect(v.test("b")).toBe(true); },
  },
  {
    name: "a Float64Array", host: () => new Float64Array([1.5, -0, NaN]), unfrozen: true,
    inside: "Object.getPrototypeOf(x) === Float64Array.prototype && x.length === 3 && x[0] === 1.5 && Object.is(x[1], -0) && Number.isNaN(x[2])",
    make: "new Float64Array([1.5, -0, NaN])",
    outside: (v) => { expect(protoOf(v)).toBe(Float64Array.prototype); expect(v).toStrictEqual(new Float64Array([1.5, -0, NaN])); },
  },
  {
    name: "a BigInt64Array", host: () => new BigInt64Array([1n, -(2n ** 63n)]), unfrozen: true,
    inside: "Object.getPrototypeOf(x) === BigInt64Array.prototype && x[0] === 1n && x[1] === -9223372036854775808n", make: "new BigInt64Array([1n, -9223372036854775808n])",
    outside: (v) => { expect(protoOf(v)).toBe(BigInt64Array.prototype); expect([...v]).toStrictEqual([1n, -(2n ** 63n)]); },
  },
  {
    name: "an offset view (only the viewed bytes cross)", host: () => new Uint16Array(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer, 2, 2), unfrozen: true,
    inside: "Object.getPrototypeOf(x) === Uint16Array.prototype && x.length === 2 && x.byteOffset === 0 && x.buffer.byteLength === 4 && new Uint8Array(x.buffer).join() === '3,4,5,6'",
    make: "new Uint16Array(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer, 2, 2)",
    outside: (v) => { expect(protoOf(v)).toBe(Uint16Array.prototype); expect([v.length, v.byteOffset, v.buffer.byteLength]).toStrictEqual([2, 0, 4]); expect([...new Uint8Array(v.buffer)]).toStrictEqual([3, 4, 5, 6]); },
  },
  {
    name: "a typed-array subclass (as its base kind)", host: () => Buffer.from([1, 2]), unfrozen: true,
    inside: "Object.getPrototypeOf(x) === Uint8Array.prototype && x.join() === '1,2'", make: "(() => { class Bytes extends Uint8Array {} return new Bytes([1, 2]); })()",
    outside: (v) => { expect(protoOf(v)).toBe(Uint8Array.prototype); expect([...v]).toStrictEqual([1, 2]); },
  },
  {
    name: "an ArrayBuffer", host: () => new Uint8Array([9, 8]).buffer,
    inside: "Object.getPrototypeOf(x) === ArrayBuffer.prototype && new Uint8Array(x).join() === '9,8'", make: "new Uint8Array([9, 8]).buffer",
    outside: (v) => { expect(protoOf(v)).toBe(ArrayBuffer.prototype); expect([...new Uint8Array(v)]).toStrictEqual([9, 8]); },
  },
  {
    name: "a standard Error", host: () => new RangeError("too far"),
    inside: "Object.getPrototypeOf(x) === RangeError.prototype && x.name === 'RangeError' && x.message === 'too far'", make: "new RangeError('too far')",
    outside: (v) => { expect(protoOf(v)).toBe(RangeError.prototype); expect([v.name, v.message]).toStrictEqual(["RangeError", "too far"]); },
  },
  {
    name: "a custom Error (its name and message; not its class)", host: () => new ValidationError("bad"),
    inside: "Object.getPrototypeOf(x) === Error.prototype && x.name === 'ValidationError' && x.message === 'bad'",
    make: "(() => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return new ValidationError('bad'); })()",
    outside: (v) => { expect(protoOf(v)).toBe(Error.prototype); expect([v.name, v.message]).toStrictEqual(["ValidationError", "bad"]); },
  },
  {
    name: "a class instance (as its own enumerable data)", host: () => new Point(3, 4),
    inside: "Object.getPrototypeOf(x) === Object.prototype && Object.keys(x).join() === 'x,y' && x.x === 3 && !('norm' in x)",
    make: `(() => { ${GUEST_CLASSES} return new Point(3, 4); })()`,
    outside: (v) => { expect(protoOf(v)).toBe(Object.prototype); expect(v).toStrictEqual({ x: 3, y: 4 }); },
  },
];

/** Host → realm: the three ways a host value reaches guest code. */
const INTO: readonly [string, (value: unknown, check: string) => unknown][] = [
  ["as an input", (value, check) => new Sandbox().evaluate(check, { x: value })],
  ["as an endowment", (value, check) => new Sandbox({ globals: { x: value } }).evaluate(check)],
  ["as a host function's result", (value, check) => new Sandbox({ globals: { give: () => value } }).evaluate(`((x) => ${check})(give())`)],
];

/** Realm → host: the three ways a guest value reaches host code. */
const OUT_OF: readonly [string, (make: string) => unknown][] = [
  ["as the result", (make) => new Sandbox().evaluate(make)],
  ["as a host function's argument", (make) => {
    const got: unknown[] = [];
    new Sandbox({ globals: { take: (v: unknown) => { got.push(v); } } }).evaluate(`take(${make})`);
    expect(got).toHaveLength(1);
    return got[0];
  }],
  ["as a thrown value", (make) => {
    const error = errorOf(() => new Sandbox().evaluate(`throw ${make}`));
    expect(error).toBeInstanceOf(SandboxGuestError);
    return (error as SandboxGuestError).thrown;
  }],
];

describe.each(CROSSINGS.map((c) => [c.name, c] as const))("%s", (_name, crossing) => {
  it.each(INTO.map(([how, into]) => [how, into] as const))("crosses in %s as realm objects", (_how, into) => {
    expect(into(crossing.host(), crossing.inside)).toBe(true);
  });
  it.each(OUT_OF.map(([how, out]) => [how, out] as const))("crosses out %s as host objects", (_how, out) => {
    crossing.outside(out(crossing.make));
  });
});

describe("copies in are frozen", () => {
  const objects = CROSSINGS.filter((c) => typeof c.host() === "object" && !c.unfrozen);
  it.each(objects.map((c) => [c.name, c] as const))("%s", (_name, crossing) => {
    for (const [, into] of INTO) expect(into(crossing.host(), "Object.isFrozen(x) && Object.values(x).every((v) => typeof v !== 'object' || v === null || Object.isFrozen(v))")).toBe(true);
  });
});

describe("symbols", () => {
  it("are refused on the way in, naming where they were", () => {
    const value = () => ({ deep: [Symbol("s")] });
    const input = errorOf(() => new Sandbox().evaluate("x", { x: value() })) as SandboxCopyError;
    expect([input.constructor, input.path, input.message]).toStrictEqual([SandboxCopyError, "x.deep[0]", "x.deep[0]: symbols cannot cross into the sandbox"]);
    expect(errorOf(() => new Sandbox({ globals: { x: value() } }).evaluate("x"))).toMatchObject({ path: "x.deep[0]" });
    const sandbox = new Sandbox({ globals: { give: () => value() } });
    expect(sandbox.evaluate("let r; try { give(); } catch (e) { r = [e instanceof Error, e.message]; } r")).toStrictEqual([true, "give() result.deep[0]: symbols cannot cross into the sandbox"]);
  });
  it("are refused on the way out, naming where they were", () => {
    const result = errorOf(() => new Sandbox().evaluate("({ deep: [Symbol('s')] })")) as SandboxCopyError;
    expect([result.constructor, result.path, result.message]).toStrictEqual([SandboxCopyError, "result.deep[0]", "result.deep[0]: symbols cannot leave the sandbox"]);
    const got: unknown[] = [];
    const sandbox = new Sandbox({ globals: { take: (v: unknown) => { got.push(v); } } });
    expect(sandbox.evaluate("let r; try { take({ deep: [Symbol('s')] }); } catch (e) { r = e.message; } r")).toBe("take argument 1.deep[0]: symbols cannot leave the sandbox");
    expect(got).toStrictEqual([]);
    expect(errorOf(() => new Sandbox().evaluate("throw Symbol('s')"))).toMatchObject({ name: "SandboxGuestError", thrown: undefined });
  });
  it("as keys are left behind both ways, as in JSON", () => {
    expect(new Sandbox().evaluate("Object.getOwnPropertySymbols(x).length", { x: { [Symbol("k")]: 1, a: 1 } })).toBe(0);
    expect(Object.getOwnPropertySymbols(new Sandbox().evaluate("({ [Symbol('k')]: 1, a: 1 })") as object)).toStrictEqual([]);
  });
});

describe("what has no faithful copy is refused with its path, both ways", () => {
  const hostOnly: [string, () => unknown, string][] = [
    ["a DataView", () => ({ v: new DataView(new ArrayBuffer(2)) }), "x.v: a DataView cannot cross into the sandbox"],
    ["a Map iterator", () => ({ v: new Map([[1, 2]]).keys() }), "x.v: a Map Iterator cannot cross into the sandbox"],
    ["a generator", () => ({ v: (function* () { yield 1; })() }), "x.v: a Generator cannot cross into the sandbox"],
    ["a boxed primitive", () => ({ v: Object(1) }), "x.v: a Number cannot cross into the sandbox"],
    ["a WeakMap", () => ({ v: new WeakMap() }), "x.v: a WeakMap cannot cross into the sandbox"],
  ];
  it.each(hostOnly)("%s on the way in", (_what, value, message) => {
    expect(errorOf(() => new Sandbox().evaluate("x", { x: value() })).message).toBe(message);
  });
  const guestOnly: [string, string, string][] = [
    ["a DataView", "({ v: new DataView(new ArrayBuffer(2)) })", "result.v: a DataView cannot leave the sandbox; return a typed array instead"],
    ["a Map iterator", "({ v: new Map([[1, 2]]).keys() })", "result.v: a live object (iterator, generator or weak collection) cannot leave the sandbox"],
    ["a function", "({ v: () => 1 })", "result.v: functions cannot leave the sandbox; return data instead"],
    ["a WeakMap", "({ v: new WeakMap() })", "result.v: a live object (iterator, generator or weak collection) cannot leave the sandbox"],
  ];
  it.each(guestOnly)("%s on the way out", (_what, source, message) => {
    expect(errorOf(() => new Sandbox().evaluate(source)).message).toBe(message);
  });
});

describe("host accessors", () => {
  function counted(): { reads: () => number; value: object } {
    let reads = 0;
    const value = { plain: 1, get v() { reads++; return { n: reads }; } };
    return { reads: () => reads, value };
  }
  it.each(INTO.map(([how, into]) => [how, into] as const))("are read once, at copy time, %s; the guest sees a data property", (_how, into) => {
    const { reads, value } = counted();
    const check = "(() => { const d = Object.getOwnPropertyDescriptor(x, 'v'); return d.get === undefined && d.set === undefined && 'value' in d && x.v.n === 1 && x.v === x.v; })()";
    expect(into(value, check)).toBe(true);
    expect(reads()).toBe(1);
  });
  it("of an endowment are read once per copy: the guest's own reads never reach them", () => {
    const { reads, value } = counted();
    const sandbox = new Sandbox({ globals: { x: value } });
    expect(sandbox.evaluate("[x.v.n, x.v.n, x.v === x.v]")).toStrictEqual([1, 1, true]);
    expect(reads()).toBe(1);
    // What a getter returns may be a Map or a Date, so such an endowment is copied afresh for each run.
    expect(sandbox.evaluate("x.v.n")).toBe(2);
    expect(reads()).toBe(2);
  });
  it("on a class's prototype are not read at all", () => {
    let reads = 0;
    class Lazy { own = 1; get derived() { reads++; return 2; } }
    expect(new Sandbox().evaluate("[Object.keys(x).join(), 'derived' in x]", { x: new Lazy() })).toStrictEqual(["own", false]);
    expect(reads).toBe(0);
  });
  it("that throw are refused at their own path", () => {
    const error = errorOf(() => new Sandbox().evaluate("x", { x: { ok: 1, nested: { get boom(): never { throw new Error("host getter failed"); } } } })) as SandboxCopyError;
    expect([error.constructor, error.path, error.message]).toStrictEqual([SandboxCopyError, "x.nested.boom", "x.nested.boom: reading it threw (host getter failed)"]);
  });
});

describe("no guest code runs in the host", () => {
  /** A sandbox whose `tick` counts calls made during a run; after the run its wrapper refuses to call the host at all. */
  function ticking(): { sandbox: Sandbox; ticks: () => number; got: unknown[] } {
    let ticks = 0;
    const got: unknown[] = [];
    const sandbox = new Sandbox({ globals: { tick: () => { ticks++; }, take: (v: unknown) => { got.push(v); return v; } } });
    return { sandbox, ticks: () => ticks, got };
  }
  const refused: [string, string, string][] = [
    ["an accessor", "({ get v() { tick(); return 1; } })", ".v"],
    ["a Proxy", "new Proxy({}, { ownKeys() { tick(); return []; }, get() { tick(); }, getOwnPropertyDescriptor() { tick(); } })", ""],
    ["a nested Proxy", "({ list: [new Proxy([], { get() { tick(); } })] })", ".list[0]"],
    ["an own `then`", "({ value: 1, then(resolve) { tick(); resolve(2); } })", ".then"],
    ["an own `toJSON`", "({ value: 1, toJSON() { tick(); return 'ran'; } })", ".toJSON"],
  ];
  it.each(refused)("%s is refused as a result, an argument and a thrown value's copy, unrun", (_what, source, path) => {
    const { sandbox, ticks, got } = ticking();
    expect(errorOf(() => sandbox.evaluate(source))).toMatchObject({ path: `result${path}` });
    expect(sandbox.evaluate(`let r; try { take(${source}); } catch (e) { r = e.message; } r`)).toMatch(new RegExp(`^take argument 1${path.replace(/[.[\]]/g, "\\$&")}: `));
    expect(errorOf(() => sandbox.evaluate(`throw ${source}`))).toMatchObject({ name: "SandboxGuestError", thrown: undefined });
    expect(got).toStrictEqual([]);
    expect(ticks()).toBe(0);
  });
  it("methods a result inherits are not copied, so host code using the copy (JSON, String, await) never reaches them", async () => {
    const { sandbox, ticks } = ticking();
    const source = "class Sly { constructor() { this.a = 1; } toJSON() { tick(); return 'ran'; } toString() { tick(); return 'ran'; } valueOf() { tick(); return 0; } then(r) { tick(); r('ran'); } [Symbol.toPrimitive]() { tick(); return 'ran'; } }";
    const value = sandbox.evaluate(`${source}; new Sly()`);
    expect(JSON.stringify(value)).toBe('{"a":1}');
    expect(String(value)).toBe("[object Object]");
    expect(await Promise.resolve(value)).toStrictEqual({ a: 1 });
    const argument = sandbox.evaluate(`${source}; take(new Sly())`);
    expect(`${argument as string}`).toBe("[object Object]");
    expect(ticks()).toBe(0);
  });
  it("a guest getter that would never end is refused, not run", () => {
    const error = errorOf(() => new Sandbox({ limits: { timeoutMs: 1000 } }).evaluate("({ get forever() { for (;;) {} } })"));
    expect(error).toMatchObject({ path: "result.forever" });
  });
});

describe("asynchronous results that are thenables", () => {
  it("are adopted inside the run: the guest's `then` runs there, under the budget", async () => {
    expect(await new Sandbox().evaluateAsync("({ then(resolve) { resolve({ settled: [1] }); } })")).toStrictEqual({ settled: [1] });
    expect(await new Sandbox().evaluateAsync("const o = { a: 1 }; Object.defineProperty(o, 'then', { get() { return (resolve) => resolve(7); } }); o")).toBe(7);
  });
  it("that never settle or loop end with the budget, not a host hang", async () => {
    const limited = new Sandbox({ limits: { steps: 10_000, timeoutMs: 2000 } });
    expect(await asyncErrorOf(() => limited.evaluateAsync("({ then() { for (;;) {} } })"))).toBeInstanceOf(SandboxBudgetError);
    expect(await asyncErrorOf(() => limited.evaluateAsync("const o = {}; Object.defineProperty(o, 'then', { get() { for (;;) {} } }); o"))).toBeInstanceOf(SandboxBudgetError);
  });
  it("resolving to what cannot leave is refused with its path", async () => {
    expect(await asyncErrorOf(() => new Sandbox().evaluateAsync("({ then(resolve) { resolve({ f: () => 1 }); } })"))).toMatchObject({ path: "result.f" });
  });
});

describe("errors thrown by host functions", () => {
  const sandbox = new Sandbox({ globals: {
    failRange: () => { throw new RangeError("host range", { cause: { secret: "host cause" } }); },
    failCustom: () => { throw new ValidationError("host says no"); },
    failPlain: () => { throw { code: 42 }; },
    failString: () => { throw "just text"; },
  } });
  const caught = (call: string) => sandbox.evaluate(`let r; try { ${call}; } catch (e) { r = [Object.getPrototypeOf(e) === Error.prototype || Object.getPrototypeOf(Object.getPrototypeOf(e)) === Error.prototype, e.name, e.message, Object.keys(e).join(), 'cause' in e, String(e.stack).includes('crossing.test')]; } r`);
  it("reach the guest as realm errors with the host error's name and message, and nothing else of it", () => {
    expect(caught("failRange()")).toStrictEqual([true, "RangeError", "host range", "", false, false]);
    expect(caught("failCustom()")).toStrictEqual([true, "ValidationError", "host says no", "", false, false]);
    expect(sandbox.evaluate("let r; try { failRange(); } catch (e) { r = e instanceof RangeError; } r")).toBe(true);
  });
  it("that are not Errors reach the guest as a realm Error, not as the host value", () => {
    expect(caught("failPlain()")).toStrictEqual([true, "Error", "a host function threw a non-Error value", "", false, false]);
    expect(caught("failString()")).toStrictEqual([true, "Error", "just text", "", false, false]);
  });
});
