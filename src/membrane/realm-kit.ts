/**
 * Why: the membrane builds realm objects from host code. It uses the realm's constructors and methods
 * captured right after lockdown, before any guest code ran, so a guest that modified a prototype
 * (possible only with the harden layer off) cannot intercept what the membrane does.
 */
import type vm from "node:vm";
import { types } from "node:util";
import { realmFunction } from "../realm/realm-function.js";
import { shieldHostFunction } from "../realm/shield.js";
import type { RealmPromises } from "../realm/promise-tracker.js";

/** A realm promise's outcome, filled in by a realm job when it settles: 0 pending, 1 fulfilled, 2 rejected. */
export interface Settlement {
  readonly state: 0 | 1 | 2;
  readonly value: unknown;
}

export interface RealmKit {
  object(): Record<PropertyKey, unknown>;
  nullObject(): object;
  /** A realm object with `source`'s own enumerable properties (object spread: no setter runs). */
  objectFrom(source: object): Record<PropertyKey, unknown>;
  /** A realm array with `source`'s elements (array spread: no setter runs). */
  arrayFrom(source: readonly unknown[]): unknown[];
  array(): unknown[];
  date(time: number): object;
  regexp(source: string, flags: string): object;
  map(): object;
  mapSet(map: object, key: unknown, value: unknown): void;
  set(): object;
  setAdd(set: object, value: unknown): void;
  bytes(constructorName: string, bytes: Uint8Array, length: number): object;
  buffer(bytes: Uint8Array): object;
  error(name: string, message: string): object;
  /** A realm function that calls `invoke(args)`; not constructible, no prototype. */
  hostFunction(name: string, length: number, invoke: (args: unknown[]) => unknown): object;
  /** Defines an own data property (never a setter, never `__proto__` magic). */
  define(target: object, key: PropertyKey, value: unknown): void;
  freeze<T>(value: T): T;
  /** The realm's promise intrinsics, for the promise tracker. */
  readonly promises: RealmPromises;
  /** Watches a promise of the realm (one the host made, so no guest `then` runs); `settled` is called when it settles. */
  watch(promise: unknown, settled: () => void): Settlement;
  /** A pending realm promise and the realm functions that settle it (for an async host function's result). */
  deferred(): Deferred;
}

export interface Deferred {
  readonly promise: object;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

export function makeRealmKit(context: vm.Context): RealmKit {
  return realmFunction<RealmKit>(context, `
    const defineProperty = Object.defineProperty, freeze = Object.freeze, create = Object.create, RealmError = Error;
    const getPrototypeOf = Object.getPrototypeOf, realmObjectPrototype = Object.prototype;
    const isRealmValue = (value) => {
      if ((typeof value !== "object" && typeof value !== "function") || value === null) return true;
      for (let root = value; ; ) {
        if (isProxy(root)) return false; // never walk through traps; a proxy from the host is replaced
        const proto = getPrototypeOf(root);
        if (proto === null) return root === realmObjectPrototype;
        root = proto;
      }
    };
    const RealmDate = Date, RealmRegExp = RegExp, RealmMap = Map, RealmSet = Set, RealmArrayBuffer = ArrayBuffer;
    const mapSet = Function.prototype.call.bind(Map.prototype.set), setAdd = Function.prototype.call.bind(Set.prototype.add);
    const apply = Reflect.apply, RealmPromise = Promise, promiseThen = Promise.prototype.then;
    // Lookup tables without prototypes: a host error named "constructor" must not find Object.
    const errors = freeze({ __proto__: null, Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError });
    const typed = freeze({ __proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array });
    const copyBytes = (bytes) => { const buffer = new RealmArrayBuffer(bytes.length); const view = new typed.Uint8Array(buffer); for (let i = 0; i < bytes.length; i++) view[i] = bytes[i]; return buffer; };
    return freeze({
      object: () => ({}),
      nullObject: () => create(null),
      objectFrom: (source) => ({ ...source }),
      arrayFrom: (source) => [...source],
      array: () => [],
      date: (time) => new RealmDate(time),
      regexp: (source, flags) => new RealmRegExp(source, flags),
      map: () => new RealmMap(),
      mapSet,
      set: () => new RealmSet(),
      setAdd,
      bytes(name, bytes, length) { return new typed[name](copyBytes(bytes), 0, length); },
      buffer: copyBytes,
      error(name, message) {
        const E = errors[name] || RealmError;
        const error = new E(message);
        if (!errors[name]) defineProperty(error, "name", { value: name, writable: true, enumerable: false, configurable: true });
        return error;
      },
      hostFunction(name, length, invoke) {
        const f = ({ [name](...args) {
          try {
            return invoke(args);
          } catch (error) {
            // invoke converts host errors itself; this catches what slips past it (a host RangeError
            // from a stack overflow inside the conversion): the guest must never hold a host object.
            throw isRealmValue(error) ? error : new RealmError("a host function failed");
          }
        } })[name];
        defineProperty(f, "length", { value: length });
        return freeze(f);
      },
      define(target, key, value) { defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true }); },
      freeze,
      promises: freeze({ prototype: Promise.prototype, then: promiseThen, ignore: () => {} }),
      watch(promise, settled) {
        const settlement = { state: 0, value: undefined };
        const done = () => { try { settled(); } catch { /* no stack left: the run ends at its deadline instead */ } };
        apply(promiseThen, promise, [(value) => { settlement.state = 1; settlement.value = value; done(); }, (error) => { settlement.state = 2; settlement.value = error; done(); }]);
        return settlement;
      },
      deferred() {
        let resolve, reject;
        const promise = new RealmPromise((fulfil, fail) => { resolve = fulfil; reject = fail; });
        return freeze({ promise, resolve, reject });
      },
    });
  `, ["isProxy"], shieldHostFunction(context, types.isProxy));
}
