/**
 * Why: host values enter the realm only as copies made of realm objects, so nothing the guest touches
 * has a host prototype or a host function on it (`input.constructor.constructor` would otherwise be
 * the host's Function). Host accessors and proxies are read once, here, by the membrane. Host
 * functions become realm wrappers that copy arguments out and results back in. With the freeze layer
 * on, every copied object is frozen.
 *
 * Copying is on the hot path of every run with object inputs, so the path to the current value (for
 * error messages) is kept as a stack of keys and only joined into text when something is refused.
 */
import { types } from "node:util";
import { SandboxCopyError } from "../errors.js";
import { keyLabel } from "./path-label.js";
import type { RealmKit } from "./realm-kit.js";
import type { ShapeCache } from "./shapes.js";

export const MAX_COPY_DEPTH = 1000;
/** The most objects one copy may create, and the longest array it may copy: copying is unbudgeted host work. */
export const MAX_COPY_VALUES = 1_000_000; // objects, properties, elements and entries together

export interface CopyInOptions {
  readonly kit: RealmKit;
  readonly freeze: boolean;
  /** Literal builders for common record shapes; absent on paths that run during a guest call. */
  readonly shapes?: ShapeCache;
  /** Wraps a host function for the realm; provided by the sandbox. */
  readonly wrapFunction: (fn: (...args: unknown[]) => unknown, path: string) => object;
}

export function copyIn(value: unknown, options: CopyInOptions, path = "value"): unknown {
  try {
    return new CopyIn(options, path, false).copy(value);
  } catch (signal) {
    if (signal !== CYCLE) throw signal;
    return new CopyIn(options, path, true).copy(value);
  }
}

const TYPED_ARRAY_TAG = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype) as object, Symbol.toStringTag)!.get!;

/** Marks a container whose copy is still being built, so a cycle back to it is recognised. */
const PENDING = Symbol("pending");
/** Thrown when the fast path meets a cycle: the copy starts over in exact mode. */
const CYCLE = Symbol("cycle");

class CopyIn {
  private readonly seen = new Map<object, unknown>();
  private readonly keys: (string | number)[] = [];
  /** Objects, properties and elements copied so far: copying is unbudgeted host work, so it is capped. */
  private values = 0;
  private readonly kit: RealmKit;

  /**
   * @param exact create every container before its contents (needed for cycles); otherwise build
   *   contents first and create each container in one call.
   */
  constructor(private readonly options: CopyInOptions, private readonly root: string, private readonly exact: boolean) {
    this.kit = options.kit;
  }

  private path(): string {
    let path = this.root;
    for (const key of this.keys) path += typeof key === "number" ? `[${key}]` : keyLabel(key, false);
    return path;
  }

  private refuse(detail: string): never {
    throw new SandboxCopyError(this.path(), detail);
  }

  private child(value: unknown, key: string | number): unknown {
    if (++this.values > MAX_COPY_VALUES) this.refuse(`more than ${MAX_COPY_VALUES} values`);
    this.keys.push(key);
    const copied = this.copy(value);
    this.keys.pop();
    return copied;
  }

  private done<T>(original: object, copy: T): T {
    this.seen.set(original, copy);
    return this.options.freeze ? this.kit.freeze(copy) : copy;
  }

  copy(value: unknown): unknown {
    switch (typeof value) {
      case "undefined": case "boolean": case "number": case "string": case "bigint": return value;
      case "symbol": return this.refuse("symbols cannot cross into the sandbox");
      case "function": return this.options.wrapFunction(value as (...args: unknown[]) => unknown, this.path());
      default: break;
    }
    if (value === null) return null;
    const object = value as object;
    const known = this.seen.get(object);
    if (known === PENDING) throw CYCLE;
    if (known !== undefined) return known;
    if (this.keys.length >= MAX_COPY_DEPTH) this.refuse(`nested deeper than ${MAX_COPY_DEPTH} levels`);
    if (this.seen.size >= MAX_COPY_VALUES) this.refuse(`more than ${MAX_COPY_VALUES} objects`);
    // Fast path for the common case, records and lists: an ordinary prototype means no internal slots
    // worth copying (an exotic object given Object.prototype by hand is copied as its own properties).
    if (Array.isArray(object)) return this.array(object);
    const proto = Object.getPrototypeOf(object) as unknown;
    if (proto === Object.prototype || proto === null) return this.record(object);
    return this.exotic(object);
  }

  private exotic(object: object): unknown {
    const kit = this.kit;
    if (types.isDate(object)) return this.done(object, kit.date(Date.prototype.getTime.call(object)));
    if (types.isRegExp(object)) return this.done(object, kit.regexp((object as RegExp).source, (object as RegExp).flags));
    if (types.isNativeError(object)) return this.done(object, kit.error(String((object as Error).name), String((object as Error).message)));
    if (types.isArrayBuffer(object)) return this.done(object, kit.buffer(new Uint8Array(object as ArrayBuffer)));
    if (types.isTypedArray(object)) {
      // The kind comes from the internal slot, not `constructor.name`: a Buffer is a Uint8Array subclass.
      const kind = TYPED_ARRAY_TAG.call(object) as string;
      const t = object as unknown as { buffer: ArrayBuffer; byteOffset: number; byteLength: number; length: number };
      const copy = kit.bytes(kind, new Uint8Array(t.buffer, t.byteOffset, t.byteLength), t.length);
      this.seen.set(object, copy); // typed arrays cannot be frozen; the sandbox copies them per run instead
      return copy;
    }
    if (types.isMap(object)) {
      const target = kit.map();
      this.seen.set(object, target);
      let i = 0;
      for (const [k, v] of object as Map<unknown, unknown>) { kit.mapSet(target, this.child(k, `<key ${i}>`), this.child(v, i)); i++; }
      return this.done(object, target);
    }
    if (types.isSet(object)) {
      const target = kit.set();
      this.seen.set(object, target);
      let i = 0;
      for (const v of object as Set<unknown>) kit.setAdd(target, this.child(v, i++));
      return this.done(object, target);
    }
    if (types.isPromise(object)) {
      // Nothing will wait for it: handle a rejection so that refusing it cannot crash the host.
      Promise.prototype.then.call(object, undefined, () => undefined);
      return this.refuse("a Promise cannot cross into the sandbox");
    }
    if (holdsUncopiedState(object)) {
      return this.refuse(`a ${Object.prototype.toString.call(object).slice(8, -1)} cannot cross into the sandbox`);
    }
    return this.record(object);
  }

  /**
   * Fast path: contents are copied first, then the container is made in one call - spread into a realm
   * literal, which defines data properties without calling setters (no `__proto__` magic, no inherited
   * setter) and is far faster than defining properties one by one across the realm boundary. Exact
   * mode (after a cycle was met) makes the container first and defines each property into it.
   */
  private array(array: unknown[]): unknown[] {
    if (array.length > MAX_COPY_VALUES) this.refuse(`an array of ${array.length} elements; the limit is ${MAX_COPY_VALUES}`);
    let holes = false;
    if (!this.exact) {
      this.seen.set(array, PENDING);
      const elements = new Array<unknown>(array.length);
      for (let i = 0; i < array.length; i++) {
        if (i in array) elements[i] = this.child(array[i], i);
        else holes = true;
      }
      if (!holes) return this.done(array, this.kit.arrayFrom(elements));
    }
    const target = this.kit.array();
    this.seen.set(array, target);
    for (let i = 0; i < array.length; i++) if (i in array) this.kit.define(target, i, this.child(array[i], i));
    target.length = array.length;
    return this.done(array, target);
  }

  /** Reads a property (running a host getter, once); a getter that throws is refused at its own path. */
  private read(object: object, key: string): unknown {
    try {
      return (object as Record<string, unknown>)[key];
    } catch (error) {
      this.keys.push(key);
      return this.refuse(`reading it threw (${error instanceof Error ? String(error.message) : "a non-Error value"})`);
    }
  }

  private record(object: object): object {
    const keys = Object.keys(object);
    if (this.exact) return this.exactRecord(object, keys);
    this.seen.set(object, PENDING);
    const values = new Array<unknown>(keys.length);
    for (let i = 0; i < keys.length; i++) values[i] = this.child(this.read(object, keys[i]!), keys[i]!);
    const build = this.options.shapes?.builder(keys, this.options.freeze);
    if (build) {
      const copy = build(values);
      this.seen.set(object, copy);
      return copy;
    }
    // An ordinary object (not null-prototype: V8 keeps those in slow dictionary mode, and spreading
    // them is several times slower); a `__proto__` key is defined, so it stays an own data property.
    const staging: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === "__proto__") Object.defineProperty(staging, "__proto__", { value: values[i], writable: true, enumerable: true, configurable: true });
      else staging[keys[i]!] = values[i];
    }
    return this.done(object, this.kit.objectFrom(staging));
  }

  private exactRecord(object: object, keys: readonly string[]): object {
    const target = this.kit.object();
    this.seen.set(object, target);
    for (const key of keys) this.kit.define(target, key, this.child(this.read(object, key), key));
    return this.done(object, target);
  }
}

/**
 * Objects whose value lives in internal slots the membrane does not copy: copied as their own
 * properties they would arrive as empty records, so they are refused instead.
 */
function holdsUncopiedState(object: object): boolean {
  return types.isBoxedPrimitive(object) || types.isWeakMap(object) || types.isWeakSet(object) || types.isDataView(object)
    || types.isSharedArrayBuffer(object) || types.isGeneratorObject(object) || types.isMapIterator(object) || types.isSetIterator(object);
}
