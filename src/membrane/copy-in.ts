/**
 * Why: host values enter the realm only as copies made of realm objects, so nothing the guest touches
 * has a host prototype or a host function on it (`input.constructor.constructor` would otherwise be
 * the host's Function). Host accessors and proxies are read once, here, by the membrane. Host
 * functions become realm wrappers that copy arguments out and results back in. With the freeze layer
 * on, every copied object is frozen.
 */
import { types } from "node:util";
import { SandboxCopyError } from "../errors.js";
import type { RealmKit } from "./realm-kit.js";
import type { ShapeCache } from "./shapes.js";

export const MAX_COPY_DEPTH = 1000;
/** The most objects one copy may create, and the longest array it may copy: copying is unbudgeted host work. */
export const MAX_COPY_VALUES = 1_000_000;

export interface CopyInOptions {
  readonly kit: RealmKit;
  readonly freeze: boolean;
  /** Literal builders for common record shapes; absent on paths that run during a guest call. */
  readonly shapes?: ShapeCache;
  /** Wraps a host function for the realm; provided by the sandbox. */
  readonly wrapFunction: (fn: (...args: unknown[]) => unknown, path: string) => object;
}

export function copyIn(value: unknown, options: CopyInOptions, path = "value"): unknown {
  return copy(value, options, path, 0, new Map());
}

function copy(value: unknown, options: CopyInOptions, path: string, depth: number, seen: Map<object, unknown>): unknown {
  switch (typeof value) {
    case "undefined": case "boolean": case "number": case "string": case "bigint": return value;
    case "symbol": throw new SandboxCopyError(path, "symbols cannot cross into the sandbox");
    case "function": return options.wrapFunction(value as (...args: unknown[]) => unknown, path);
    default: break;
  }
  if (value === null) return null;
  const object = value as object;
  const known = seen.get(object);
  if (known !== undefined) return known;
  if (depth >= MAX_COPY_DEPTH) throw new SandboxCopyError(path, `nested deeper than ${MAX_COPY_DEPTH} levels`);
  const { kit } = options;
  const child = (v: unknown, key: string | number) => copy(v, options, typeof key === "number" ? `${path}[${key}]` : `${path}.${key}`, depth + 1, seen);
  const done = <T>(result: T): T => (options.freeze ? kit.freeze(result) : result);
  if (types.isDate(object)) return remember(seen, object, done(kit.date(Date.prototype.getTime.call(object))));
  if (types.isRegExp(object)) { const r = object as RegExp; return remember(seen, object, done(kit.regexp(r.source, r.flags))); }
  if (types.isNativeError(object)) { const e = object as Error; return remember(seen, object, done(kit.error(String(e.name), String(e.message)))); }
  if (types.isArrayBuffer(object)) return remember(seen, object, done(kit.buffer(new Uint8Array(object as ArrayBuffer))));
  if (types.isTypedArray(object)) {
    const t = object as unknown as { buffer: ArrayBuffer; byteOffset: number; byteLength: number; length: number; constructor: { name: string } };
    return remember(seen, object, kit.bytes(t.constructor.name, new Uint8Array(t.buffer, t.byteOffset, t.byteLength), t.length));
  }
  if (types.isMap(object)) {
    const target = remember(seen, object, kit.map());
    let i = 0;
    for (const [k, v] of object as Map<unknown, unknown>) { kit.mapSet(target, child(k, `<key ${i}>`), child(v, i)); i++; }
    return done(target);
  }
  if (types.isSet(object)) {
    const target = remember(seen, object, kit.set());
    let i = 0;
    for (const v of object as Set<unknown>) kit.setAdd(target, child(v, i++));
    return done(target);
  }
  if (types.isBoxedPrimitive(object) || types.isPromise(object) || types.isWeakMap(object) || types.isWeakSet(object)) {
    throw new SandboxCopyError(path, `a ${Object.prototype.toString.call(object).slice(8, -1)} cannot cross into the sandbox`);
  }
  if (Array.isArray(object)) return done(copyArray(object, kit, seen, child));
  return copyPlainObject(object, options, seen, child);
}

/**
 * Containers are first built host-side, then spread into a realm literal in one call: spreading
 * defines data properties without calling setters (no `__proto__` magic, no inherited setter), and is
 * far faster than defining properties one by one across the realm boundary. A cycle back to a
 * container still being built needs the container to exist first, so cyclic values take the slower
 * property-by-property path.
 */
function copyArray(array: unknown[], kit: RealmKit, seen: Map<object, unknown>, child: (v: unknown, key: number) => unknown): unknown[] {
  const pending = {};
  seen.set(array, pending);
  const elements = new Array<unknown>(array.length);
  let holes = false;
  for (let i = 0; i < array.length; i++) {
    if (i in array) elements[i] = child(array[i], i);
    else holes = true;
  }
  if (!holes && !elements.includes(pending)) return remember(seen, array, kit.arrayFrom(elements));
  const target = remember(seen, array, kit.array());
  for (let i = 0; i < array.length; i++) if (i in array) kit.define(target, i, elements[i] === pending ? target : elements[i]);
  target.length = array.length;
  return target;
}

function copyPlainObject(object: object, options: CopyInOptions, seen: Map<object, unknown>, child: (v: unknown, key: string) => unknown): object {
  const { kit } = options;
  const pending = {};
  seen.set(object, pending);
  const keys = Object.keys(object);
  const build = options.shapes?.builder(keys, options.freeze);
  if (build) {
    const values = keys.map((key) => child((object as Record<string, unknown>)[key], key));
    if (!values.includes(pending)) return remember(seen, object, build(values));
    return copyCyclic(object, keys, values, kit, seen, options.freeze);
  }
  // An ordinary object (not null-prototype: V8 keeps those in slow dictionary mode, and spreading
  // them is several times slower); a `__proto__` key is defined, so it stays an own data property.
  const staging: Record<string, unknown> = {};
  let cyclic = false;
  for (const key of keys) {
    const value = child((object as Record<string, unknown>)[key], key);
    if (value === pending) cyclic = true;
    if (key === "__proto__") Object.defineProperty(staging, key, { value, writable: true, enumerable: true, configurable: true });
    else staging[key] = value;
  }
  if (!cyclic) {
    const copied = remember(seen, object, kit.objectFrom(staging));
    return options.freeze ? kit.freeze(copied) : copied;
  }
  return copyCyclic(object, keys, keys.map((key) => staging[key]), kit, seen, options.freeze);
}

/** The slow, exact path for an object that refers back to itself while being copied. */
function copyCyclic(object: object, keys: readonly string[], values: readonly unknown[], kit: RealmKit, seen: Map<object, unknown>, freeze: boolean): object {
  const pending = seen.get(object);
  const target = remember(seen, object, kit.object());
  keys.forEach((key, i) => kit.define(target, key, values[i] === pending ? target : values[i]));
  return freeze ? kit.freeze(target) : target;
}

function remember<T>(seen: Map<object, unknown>, original: object, copy: T): T {
  seen.set(original, copy);
  return copy;
}
