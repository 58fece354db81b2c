/**
 * Why: the official tripwires (./tripwires.ts) compare the *names and types* of the host's
 * own properties; an escape that replaces a method with another function, or swaps a prototype, keeps
 * both. These snapshots compare identities instead - every own property's value, getter and setter,
 * its attributes, the prototype and extensibility - for the host's intrinsics, for the host data the
 * catalog handed to one attempt, and for the realm a Sandbox runs guest code in. The host snapshot
 * can also be restored, so a child process that was really escaped can go on to the next file.
 */
import vm from "node:vm";
import { types } from "node:util";

interface PropertyState {
  readonly value?: unknown;
  readonly get?: unknown;
  readonly set?: unknown;
  readonly flags: string;
}

interface ObjectState {
  readonly proto: object | null;
  readonly extensible: boolean;
  readonly properties: Map<PropertyKey, PropertyState>;
}

export type Snapshot = Map<string, { readonly target: object; readonly state: ObjectState }>;

function flags(d: PropertyDescriptor): string {
  return `${d.writable ? "w" : "-"}${d.enumerable ? "e" : "-"}${d.configurable ? "c" : "-"}${"get" in d || "set" in d ? "a" : "d"}`;
}

function stateOf(target: object): ObjectState {
  const properties = new Map<PropertyKey, PropertyState>();
  for (const key of Reflect.ownKeys(target)) {
    const d = Reflect.getOwnPropertyDescriptor(target, key);
    if (d) properties.set(key, { value: d.value, get: d.get, set: d.set, flags: flags(d) });
  }
  return { proto: Reflect.getPrototypeOf(target), extensible: Reflect.isExtensible(target), properties };
}

function keyLabel(key: PropertyKey): string {
  return typeof key === "symbol" ? `[${String(key)}]` : String(key);
}

/** Snapshot of named objects; proxies are skipped (reading them would run their traps). */
export function snapshot(targets: Iterable<readonly [string, unknown]>): Snapshot {
  const shot: Snapshot = new Map();
  for (const [name, target] of targets) {
    if ((typeof target !== "object" && typeof target !== "function") || target === null || types.isProxy(target)) continue;
    if (!shot.has(name)) shot.set(name, { target, state: stateOf(target) });
  }
  return shot;
}

/** Every difference, as readable lines; empty when nothing changed. */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const [name, { state: a }] of before) {
    const b = after.get(name)?.state;
    if (!b) { lines.push(`${name} disappeared`); continue; }
    if (a.proto !== b.proto) lines.push(`${name}: prototype replaced`);
    if (a.extensible !== b.extensible) lines.push(`${name}: extensibility changed`);
    for (const [key, p] of a.properties) {
      const q = b.properties.get(key);
      if (!q) lines.push(`${name}.${keyLabel(key)} deleted`);
      else if (!Object.is(p.value, q.value) || p.get !== q.get || p.set !== q.set || p.flags !== q.flags) lines.push(`${name}.${keyLabel(key)} changed`);
    }
    for (const key of b.properties.keys()) if (!a.properties.has(key)) lines.push(`${name}.${keyLabel(key)} added`);
  }
  return lines;
}

/** Puts every snapshotted object back as it was; returns what could not be restored. */
export function restore(before: Snapshot): string[] {
  const failures: string[] = [];
  for (const [name, { target, state }] of before) {
    try {
      if (Reflect.getPrototypeOf(target) !== state.proto && !Reflect.setPrototypeOf(target, state.proto)) failures.push(`${name}: prototype`);
      for (const key of Reflect.ownKeys(target)) {
        if (!state.properties.has(key) && !Reflect.deleteProperty(target, key)) failures.push(`${name}.${keyLabel(key)}: delete`);
      }
      for (const [key, p] of state.properties) {
        const now = Reflect.getOwnPropertyDescriptor(target, key);
        if (now && Object.is(now.value, p.value) && now.get === p.get && now.set === p.set && flags(now) === p.flags) continue;
        const descriptor: PropertyDescriptor = p.flags[3] === "a"
          ? { get: p.get as () => unknown, set: p.set as (v: unknown) => void, enumerable: p.flags[1] === "e", configurable: p.flags[2] === "c" }
          : { value: p.value, writable: p.flags[0] === "w", enumerable: p.flags[1] === "e", configurable: p.flags[2] === "c" };
        if (!Reflect.defineProperty(target, key, descriptor)) failures.push(`${name}.${keyLabel(key)}: redefine`);
      }
    } catch (error) {
      failures.push(`${name}: ${String(error)}`);
    }
  }
  return failures;
}

const HOST_CONSTRUCTORS = [
  "Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "RegExp", "Date", "Map", "Set", "WeakMap",
  "WeakSet", "Promise", "Proxy", "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError",
  "AggregateError", "ArrayBuffer", "DataView", "Uint8Array",
];
const HOST_NAMESPACES = ["Reflect", "JSON", "Math"];

/** Host intrinsics reachable only through syntax, computed once in this (host) realm. */
function hostHidden(): Array<[string, unknown]> {
  const proto = Reflect.getPrototypeOf;
  const generatorFunction = proto(function* () { /* intrinsic probe */ })!;
  const asyncFunction = proto(async function () { /* intrinsic probe */ })!;
  const arrayIterator = proto([][Symbol.iterator]())!;
  return [
    ["%IteratorPrototype%", proto(arrayIterator)], ["%ArrayIteratorPrototype%", arrayIterator],
    ["%GeneratorFunction.prototype%", generatorFunction], ["%GeneratorPrototype%", (generatorFunction as { prototype: object }).prototype],
    ["%AsyncFunction.prototype%", asyncFunction], ["%TypedArray%", proto(Uint8Array)], ["%TypedArray.prototype%", proto(Uint8Array.prototype)],
  ];
}

const HIDDEN = hostHidden();

/** The host's global object and intrinsics (constructors, their prototypes, hidden ones). */
export function hostTargets(): Array<[string, unknown]> {
  const g = globalThis as unknown as Record<string, { prototype?: unknown }>;
  const targets: Array<[string, unknown]> = [["globalThis", globalThis]];
  for (const name of HOST_CONSTRUCTORS) targets.push([name, g[name]], [`${name}.prototype`, g[name]?.prototype]);
  for (const name of HOST_NAMESPACES) targets.push([name, g[name]]);
  return [...targets, ...HIDDEN];
}

/** Host data handed to one attempt, walked through own data properties (and Map entries). */
export function dataTargets(roots: Readonly<Record<string, unknown>>, maxDepth = 4): Array<[string, unknown]> {
  const targets: Array<[string, unknown]> = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string, depth: number) => {
    if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value) || types.isProxy(value)) return;
    seen.add(value);
    targets.push([path, value]);
    if (depth >= maxDepth) return;
    if (types.isMap(value)) Map.prototype.forEach.call(value, (v: unknown, k: unknown) => walk(v, `${path}.<${String(k)}>`, depth + 1));
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d && "value" in d) walk(d.value, `${path}.${keyLabel(key)}`, depth + 1);
    }
  };
  for (const [name, value] of Object.entries(roots)) walk(value, name, 0);
  return targets;
}

interface SandboxInternals {
  readonly realm?: { readonly context: vm.Context; readonly global: object; readonly intrinsics: Readonly<Record<string, unknown>> };
  readonly scope?: object;
  readonly asyncScope?: object;
  readonly endowments?: ReadonlyMap<string, unknown>;
}

/**
 * The realm behind a Sandbox: its global object, the guest's globalThis stand-ins (synchronous and
 * asynchronous runs have one each), the endowments as
 * the guest sees them, every named intrinsic with its prototype, and the hidden ones. Reads the
 * Sandbox's private fields (`realm`, `scope`, `asyncScope`, `endowments`): the escape suite must see the realm from
 * outside, not through guest code that an attack may have subverted. Call it before any guest code
 * runs and snapshot the same list afterwards.
 */
export function realmTargets(sandbox: object): Array<[string, unknown]> {
  const internals = sandbox as SandboxInternals;
  const realm = internals.realm;
  if (!realm) throw new Error("escape suite: Sandbox has no `realm` field any more; update src/ablation/state.ts");
  const targets: Array<[string, unknown]> = [["realm global", realm.global], ["guest globalThis", internals.scope], ["guest async globalThis", internals.asyncScope]];
  // The endowments as the guest sees them (copies made once per Sandbox when isolation is on).
  for (const [name, value] of internals.endowments ?? []) targets.push([`endowment ${name}`, value]);
  for (const [name, value] of Object.entries(realm.intrinsics)) {
    targets.push([`realm ${name}`, value]);
    if (typeof value === "function") targets.push([`realm ${name}.prototype`, (value as { prototype?: unknown }).prototype]);
  }
  // Compiled by the host, not by guest code, and handed the realm's Object: with the whitelist layer on
  // the realm's global object is empty, so the snippet names no global.
  const hidden = vm.runInContext(`(O, iterator) => {
    const p = (o) => o === null || o === undefined ? undefined : O.getPrototypeOf(o);
    const gen = function* () {};
    const arrayIterator = p([][iterator]());
    const caller = O.getOwnPropertyDescriptor(p(() => 0), "caller");
    return [["%GeneratorFunction.prototype%", p(gen)], ["%GeneratorPrototype%", p(gen.prototype)], ["%ArrayIteratorPrototype%", arrayIterator],
      ["%IteratorPrototype%", p(arrayIterator)], ["%ThrowTypeError%", caller && caller.get]];
  }`, realm.context) as (o: unknown, iterator: symbol) => Array<[string, unknown]>;
  for (const [name, value] of hidden(realm.intrinsics.Object, Symbol.iterator)) targets.push([`realm ${name}`, value]);
  return targets;
}
