/**
 * Why: "ringfence computes what plain JavaScript computes" needs one yardstick for both sides. The
 * reference runs in a plain node:vm context (other realm: its objects have foreign prototypes), and
 * ringfence returns host copies; normalize() turns either into the same realm-free tree (NaN, -0,
 * undefined, BigInt, holes, Map, Set, Date, RegExp, errors, shared and cyclic references spelled out).
 */
import vm from "node:vm";
import { types } from "node:util";
import { SandboxError, SandboxGuestError, type Sandbox } from "../../src/index.js";

export type Normal = null | boolean | string | number | { readonly [key: string]: Normal } | readonly Normal[];

/** What running a program produced: a value, or a throw (errors compared by name and message). */
export type Outcome = { readonly ok: Normal } | { readonly threw: Normal } | { readonly sandbox: string };

const getTime = Date.prototype.getTime;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, "source")!.get!;
const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags")!.get!;
const mapForEach = Map.prototype.forEach;
const setForEach = Set.prototype.forEach;
const typedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype) as object;
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag)!.get!;
const valueOfs = [Number.prototype.valueOf, String.prototype.valueOf, Boolean.prototype.valueOf, BigInt.prototype.valueOf];

/** A realm-independent description of `value`. Never runs getters: accessors are reported as such. */
export function normalize(value: unknown): Normal {
  return walk(value, new Map());
}

function walk(value: unknown, seen: Map<object, number>): Normal {
  switch (typeof value) {
    case "undefined": return { $: "undefined" };
    case "boolean": case "string": return value;
    case "number":
      if (Number.isNaN(value)) return { $: "NaN" };
      if (Object.is(value, -0)) return { $: "-0" };
      if (!Number.isFinite(value)) return { $: value > 0 ? "Infinity" : "-Infinity" };
      return value;
    case "bigint": return { $: "bigint", value: value.toString() };
    case "symbol": return { $: "symbol", description: value.description ?? null };
    case "function": return { $: "function" };
    default: break;
  }
  if (value === null) return null;
  const object = value as object;
  if (types.isProxy(object)) return { $: "proxy" };
  const id = seen.get(object);
  if (id !== undefined) return { $: "ref", id };
  seen.set(object, seen.size);
  if (types.isBoxedPrimitive(object)) return walk(unbox(object), seen);
  if (types.isDate(object)) return { $: "Date", time: walk(getTime.call(object), seen) };
  if (types.isRegExp(object)) return { $: "RegExp", source: regexpSource.call(object) as string, flags: regexpFlags.call(object) as string };
  if (types.isNativeError(object)) return { $: "Error", name: errorName(object), message: dataString(object, "message") };
  if (types.isMap(object)) {
    const entries: Normal[] = [];
    mapForEach.call(object, (v: unknown, k: unknown) => entries.push([walk(k, seen), walk(v, seen)]));
    return { $: "Map", entries };
  }
  if (types.isSet(object)) {
    const values: Normal[] = [];
    setForEach.call(object, (v: unknown) => values.push(walk(v, seen)));
    return { $: "Set", values };
  }
  if (types.isTypedArray(object)) {
    return { $: typedArrayTag.call(object) as string, items: Array.from(object as unknown as ArrayLike<number | bigint>, (x) => walk(x, seen)) };
  }
  if (types.isArrayBuffer(object)) return { $: "ArrayBuffer", bytes: Array.from(new Uint8Array(object as ArrayBuffer)) };
  if (types.isGeneratorObject(object) || types.isMapIterator(object) || types.isSetIterator(object) || types.isWeakMap(object) || types.isWeakSet(object) || types.isPromise(object)) {
    return { $: "live object" };
  }
  const isArray = Array.isArray(object);
  const entries: Normal[] = [];
  for (const key of Reflect.ownKeys(object)) {
    if (typeof key === "symbol" || (isArray && key === "length")) continue;
    const d = Reflect.getOwnPropertyDescriptor(object, key)!;
    if (!d.enumerable) continue;
    entries.push([key, d.get || d.set ? { $: "accessor" } : walk(d.value, seen)]);
  }
  if (isArray) return { $: "Array", length: (Reflect.getOwnPropertyDescriptor(object, "length")!.value as number), entries };
  return { $: "Object", entries };
}

function unbox(object: object): unknown {
  for (const valueOf of valueOfs) {
    try { return (valueOf as () => unknown).call(object); } catch { /* another kind of box */ }
  }
  return undefined;
}

function errorName(error: object): string {
  for (let o: object | null = error; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Reflect.getOwnPropertyDescriptor(o, "name");
    if (d) return typeof d.value === "string" ? d.value : "Error";
  }
  return "Error";
}

function dataString(object: object, key: string): string {
  const d = Reflect.getOwnPropertyDescriptor(object, key);
  return d && typeof d.value === "string" ? d.value : "";
}

/** Whether a normalized tree holds a value that may not be a program's result (a function, a symbol ...). */
export function holdsNonData(n: Normal): boolean {
  if (n === null || typeof n !== "object") return false;
  if (Array.isArray(n)) return n.some(holdsNonData);
  const tag = (n as { $?: unknown }).$;
  if (tag === "function" || tag === "symbol" || tag === "proxy" || tag === "accessor" || tag === "live object") return true;
  return Object.values(n).some(holdsNonData);
}

function thrownOutcome(thrown: unknown): Outcome {
  if (typeof thrown === "object" && thrown !== null && types.isNativeError(thrown)) {
    return { threw: { $: "Error", name: errorName(thrown), message: dataString(thrown, "message") } };
  }
  return { threw: normalize(thrown) };
}

export type Mode = "script" | "expression";

/**
 * The reference: the same source in a fresh plain node:vm context, strict mode. Inputs are rebuilt
 * inside the context (via JSON) so they are that realm's own objects, as the guest's copies are.
 */
export function runReference(source: string, inputs: Readonly<Record<string, unknown>> = {}, mode: Mode = "script"): Outcome {
  const context = vm.createContext({});
  const names = Object.keys(inputs);
  if (names.length > 0) {
    context.__inputsJson = JSON.stringify(inputs);
    vm.runInContext(`for (const [k, v] of Object.entries(JSON.parse(__inputsJson))) globalThis[k] = v; delete globalThis.__inputsJson;`, context);
  }
  const code = mode === "expression" ? `"use strict";\n(${source}\n)` : `"use strict";\n${source}`;
  try {
    return { ok: normalize(vm.runInContext(code, context, { timeout: 2000 })) };
  } catch (error) {
    return thrownOutcome(error);
  }
}

/** The same source through ringfence. A guest exception is compared like the reference's throw. */
export function runRingfence(sandbox: Sandbox, source: string, inputs: Readonly<Record<string, unknown>> = {}): Outcome {
  try {
    return { ok: normalize(sandbox.evaluate(source, inputs)) };
  } catch (error) {
    if (error instanceof SandboxGuestError) {
      const thrown = error.thrown;
      if (typeof thrown === "object" && thrown !== null && types.isNativeError(thrown)) {
        return { threw: { $: "Error", name: error.guestName, message: error.guestMessage } };
      }
      return { threw: normalize(thrown) };
    }
    if (error instanceof SandboxError) return { sandbox: `${error.name} ${error.code}: ${error.message}` };
    throw error;
  }
}
