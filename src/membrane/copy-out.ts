/**
 * Why: results leave the realm as host data only, built by host code from descriptors and internal
 * slots - never by calling anything the guest defined, not even indirectly: a RegExp's flags are read
 * from its internal slot through each flag's own getter, because `RegExp.prototype.flags` reads the
 * object's (guest-definable) properties. Reading a realm object's own data descriptors runs no guest
 * code; anything that would (a proxy, an accessor, a function, a promise) is refused with the path to
 * it, rather than run outside the budget by host code (vm2's util.inspect and getter escapes).
 * Non-enumerable and symbol-keyed properties are not copied, as in JSON.
 */
import { types } from "node:util";
import { SandboxCopyError } from "../errors.js";
import { MAX_COPY_DEPTH, MAX_COPY_VALUES } from "./copy-in.js";
import { dataString, inheritedDataString } from "./read-data.js";
import { keyLabel } from "./path-label.js";

export function copyOut(value: unknown, path = "result"): unknown {
  return copy(value, path, 0, new Map(), { values: 0 });
}

/**
 * Copying out is host work outside the budget, so its size is capped: at most MAX_COPY_VALUES values
 * (objects, properties, elements and entries together) in one copy.
 */
function counted(tally: { values: number }, path: string, more = 1): void {
  tally.values += more;
  if (tally.values > MAX_COPY_VALUES) throw new SandboxCopyError(path, `more than ${MAX_COPY_VALUES} values; return less data`);
}

const getTime = Date.prototype.getTime;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, "source")!.get!;
/** Each flag's getter reads the [[OriginalFlags]] slot, which guest code cannot change. */
const REGEXP_FLAGS: readonly [string, (this: unknown) => unknown][] = (
  [["hasIndices", "d"], ["global", "g"], ["ignoreCase", "i"], ["multiline", "m"], ["dotAll", "s"], ["unicode", "u"], ["unicodeSets", "v"], ["sticky", "y"]] as const
).flatMap(([name, flag]) => {
  const getter = Object.getOwnPropertyDescriptor(RegExp.prototype, name)?.get;
  return getter ? [[flag, getter as (this: unknown) => unknown] as [string, (this: unknown) => unknown]] : [];
});

function regexpFlags(regexp: object): string {
  let flags = "";
  for (const [flag, getter] of REGEXP_FLAGS) if (getter.call(regexp) === true) flags += flag;
  return flags;
}
const mapForEach = Map.prototype.forEach;
const setForEach = Set.prototype.forEach;
const typedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype) as object;
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag)!.get!;
const typedArrayBuffer = Object.getOwnPropertyDescriptor(typedArrayPrototype, "buffer")!.get!;
const typedArrayOffset = Object.getOwnPropertyDescriptor(typedArrayPrototype, "byteOffset")!.get!;
const typedArrayByteLength = Object.getOwnPropertyDescriptor(typedArrayPrototype, "byteLength")!.get!;
const bufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get!;
const valueOfs = [Number.prototype.valueOf, String.prototype.valueOf, Boolean.prototype.valueOf, BigInt.prototype.valueOf, Symbol.prototype.valueOf];

function copy(value: unknown, path: string, depth: number, seen: Map<object, unknown>, tally: { values: number }): unknown {
  switch (typeof value) {
    case "undefined": case "boolean": case "number": case "string": case "bigint": return value;
    case "symbol": throw new SandboxCopyError(path, "symbols cannot leave the sandbox");
    case "function": throw new SandboxCopyError(path, "functions cannot leave the sandbox; return data instead");
    default: break;
  }
  if (value === null) return null;
  const object = value as object;
  if (types.isProxy(object)) throw new SandboxCopyError(path, "a Proxy cannot leave the sandbox (copying it would run its traps)");
  const known = seen.get(object);
  if (known !== undefined) return known;
  if (depth >= MAX_COPY_DEPTH) throw new SandboxCopyError(path, `nested deeper than ${MAX_COPY_DEPTH} levels`);
  counted(tally, path);
  const child = (v: unknown, key: string) => copy(v, `${path}${key}`, depth + 1, seen, tally);
  if (types.isDate(object)) return remember(seen, object, new Date(getTime.call(object)));
  if (types.isRegExp(object)) return remember(seen, object, new RegExp(regexpSource.call(object) as string, regexpFlags(object)));
  if (types.isNativeError(object)) return remember(seen, object, copyError(object));
  if (types.isArrayBuffer(object)) return remember(seen, object, copyBuffer(object, 0, bufferByteLength.call(object) as number));
  if (types.isTypedArray(object)) {
    const tag = typedArrayTag.call(object) as string;
    const buffer = copyBuffer(typedArrayBuffer.call(object) as ArrayBuffer, typedArrayOffset.call(object) as number, typedArrayByteLength.call(object) as number);
    const Constructor = (globalThis as unknown as Record<string, new (b: ArrayBuffer) => object>)[tag]!;
    return remember(seen, object, new Constructor(buffer));
  }
  if (types.isMap(object)) {
    const target = remember(seen, object, new Map());
    let i = 0;
    mapForEach.call(object, (v: unknown, k: unknown) => { target.set(child(k, `.<key ${i}>`), child(v, `.<value ${i}>`)); i++; });
    return target;
  }
  if (types.isSet(object)) {
    const target = remember(seen, object, new Set());
    let i = 0;
    setForEach.call(object, (v: unknown) => { target.add(child(v, `.<value ${i++}>`)); });
    return target;
  }
  if (types.isBoxedPrimitive(object)) {
    const unboxed = unbox(object);
    if (typeof unboxed === "symbol") throw new SandboxCopyError(path, "symbols cannot leave the sandbox");
    return unboxed;
  }
  if (types.isPromise(object) || types.isWeakMap(object) || types.isWeakSet(object) || types.isGeneratorObject(object) || types.isMapIterator(object) || types.isSetIterator(object)) {
    throw new SandboxCopyError(path, `a ${types.isPromise(object) ? "Promise" : "live object (iterator, generator or weak collection)"} cannot leave the sandbox`);
  }
  if (types.isDataView(object) || types.isSharedArrayBuffer(object)) {
    throw new SandboxCopyError(path, `a ${types.isDataView(object) ? "DataView" : "SharedArrayBuffer"} cannot leave the sandbox; return a typed array instead`);
  }
  const isArray = Array.isArray(object);
  const length = isArray ? (Reflect.getOwnPropertyDescriptor(object, "length")!.value as number) : 0;
  if (length > MAX_COPY_VALUES) throw new SandboxCopyError(path, `an array of ${length} elements; the limit is ${MAX_COPY_VALUES}`);
  const target: Record<string, unknown> = remember(seen, object, isArray ? [] : {}) as Record<string, unknown>;
  const keys = Reflect.ownKeys(object);
  counted(tally, path, keys.length);
  for (const key of keys) {
    if (typeof key === "symbol") continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (!descriptor || !descriptor.enumerable || (isArray && key === "length")) continue;
    if (descriptor.get || descriptor.set) throw new SandboxCopyError(`${path}${keyLabel(key, isArray)}`, "an accessor property cannot leave the sandbox (its getter is not run)");
    const copied = child(descriptor.value, keyLabel(key, isArray));
    if (key === "__proto__") Object.defineProperty(target, key, { value: copied, writable: true, enumerable: true, configurable: true });
    else target[key] = copied;
  }
  if (isArray) (target as unknown as unknown[]).length = length;
  return target;
}

function remember<T>(seen: Map<object, unknown>, original: object, copy: T): T {
  seen.set(original, copy);
  return copy;
}

function copyBuffer(buffer: ArrayBuffer, offset: number, length: number): ArrayBuffer {
  return new Uint8Array(buffer, offset, length).slice().buffer;
}

/** The host's standard error constructors by name, so a guest RangeError is a RangeError here too. */
const STANDARD_ERRORS: Readonly<Record<string, ErrorConstructor>> = Object.freeze({
  __proto__: null, Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError,
} as unknown as Record<string, ErrorConstructor>);

function copyError(error: object): Error {
  const name = inheritedDataString(error, "name", "Error");
  const Standard = STANDARD_ERRORS[name];
  const copied = new (Standard ?? Error)(dataString(error, "message"));
  if (!Standard) Object.defineProperty(copied, "name", { value: name, writable: true, enumerable: false, configurable: true });
  return copied;
}

function unbox(object: object): unknown {
  for (const valueOf of valueOfs) {
    try { return (valueOf as () => unknown).call(object); } catch { /* not this kind of box */ }
  }
  return undefined;
}
