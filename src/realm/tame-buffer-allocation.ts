/**
 * Why: `new ArrayBuffer(2 ** 32)`, `new Float64Array(2 ** 29)`, `buffer.transfer(2 ** 32)` and
 * `BigInt.asUintN(2 ** 30, -1n)` each allocate gigabytes (or a billion bits) in one native call.
 * ArrayBuffer and every typed array constructor are replaced by wrappers that check the byte size
 * the construction would allocate (limits.maxBufferBytes) - from a length, another typed array, an
 * array-like's length, or by counting what an iterable yields - and then construct the original with
 * new.target, so subclasses, instanceof and prototypes are unchanged. A resizable buffer's
 * maxByteLength is capped too, which bounds resize. Views over an existing buffer (DataView, typed
 * arrays on a buffer, subarray) allocate no bytes and are left alone. Each prototype's constructor
 * points at its wrapper: otherwise Reflect.get(Uint8Array.prototype, "constructor") would hand out
 * the uncapped original. (Changing those constructor properties turns off V8's typed array species fast path in the whole
 * process: typed array slice, subarray and map in the host get slower, about 1.7x in a microbenchmark.)
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import type { CapKit } from "../guards/size-guards.js";

const TYPED_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"];

export function tameBufferAllocation(context: vm.Context, kit: CapKit): void {
  realmFunction(context, `
    const { overCap, countedIterable, isObject, isProxy, toIntegerOrInfinity, install, maxBytes, maxBits } = kit;
    const isArray = Array.isArray, arrayValues = Array.prototype[Symbol.iterator];
    const apply = Reflect.apply, construct = Reflect.construct, defineProperty = Object.defineProperty, getPrototypeOf = Object.getPrototypeOf;
    const setPrototypeOf = Object.setPrototypeOf, describe = Object.getOwnPropertyDescriptor, SymbolIterator = Symbol.iterator;
    const global = globalThis;
    const byteLengthOf = describe(ArrayBuffer.prototype, "byteLength").get;
    const typedLength = describe(getPrototypeOf(Int8Array.prototype), "length").get;
    const isBuffer = (value) => { try { apply(byteLengthOf, value, []); return true; } catch { return false; } };
    const typedLengthOf = (value) => { try { return apply(typedLength, value, []); } catch { return -1; } };
    const tooBig = (name) => overCap("maxBufferBytes", name, -1);

    /** Replaces global[name] by a capping constructor; check(args) runs before every construction. */
    function wrapConstructor(name, check) {
      const Original = global[name];
      const prototype = Original.prototype;
      const Tamed = function (...args) {
        if (new.target === undefined) return apply(Original, undefined, args);
        check(args);
        return construct(Original, args, new.target);
      };
      defineProperty(Tamed, "length", { value: Original.length });
      defineProperty(Tamed, "name", { value: name });
      defineProperty(Tamed, "prototype", { value: prototype, writable: false, enumerable: false, configurable: false });
      for (const key of Reflect.ownKeys(Original)) if (key !== "length" && key !== "name" && key !== "prototype") defineProperty(Tamed, key, describe(Original, key));
      setPrototypeOf(Tamed, getPrototypeOf(Original));
      defineProperty(prototype, "constructor", { value: Tamed, writable: true, enumerable: false, configurable: true });
      defineProperty(global, name, { value: Tamed, writable: true, enumerable: false, configurable: true });
    }

    wrapConstructor("ArrayBuffer", (args) => {
      const length = toIntegerOrInfinity(args[0]);
      if (length > maxBytes) tooBig("ArrayBuffer");
      args[0] = length;
      const options = args[1];
      if (isObject(options)) {
        const requested = options.maxByteLength;
        if (requested !== undefined) {
          const maxLength = toIntegerOrInfinity(requested);
          if (maxLength > maxBytes) tooBig("ArrayBuffer maxByteLength");
          args[1] = { maxByteLength: maxLength };
        }
      }
    });

    for (const name of ${JSON.stringify(TYPED_ARRAYS)}) {
      const size = global[name].BYTES_PER_ELEMENT;
      wrapConstructor(name, (args) => {
        const first = args[0];
        if (!isObject(first)) {
          if (toIntegerOrInfinity(first) * size > maxBytes) tooBig(name);
          return;
        }
        if (isBuffer(first)) return;
        const length = typedLengthOf(first);
        if (length >= 0) {
          if (length * size > maxBytes) tooBig(name);
          return;
        }
        const method = first[SymbolIterator];
        if (method === undefined || method === null) {
          const arrayLikeLength = toIntegerOrInfinity(first.length);
          if (arrayLikeLength * size > maxBytes) tooBig(name);
          return;
        }
        if (method === arrayValues && isArray(first) && !isProxy(first)) {
          if (first.length * size > maxBytes) tooBig(name);
        } else if (typeof method === "function") {
          args[0] = countedIterable(first, method, maxBytes / size, name, -1);
        }
      });
    }

    // %TypedArray%.from collects everything an iterable yields before it constructs: count as it goes.
    const TypedArray = getPrototypeOf(Int8Array), typedFrom = TypedArray.from;
    install(TypedArray, "from", { from(source, mapfn = undefined, thisArg = undefined) {
      const call = (items) => apply(typedFrom, this, [items, mapfn, thisArg]);
      if (source === undefined || source === null || (mapfn !== undefined && typeof mapfn !== "function")) return call(source);
      const method = source[SymbolIterator];
      if (typeof method !== "function" || (method === arrayValues && isArray(source) && !isProxy(source))) return call(source);
      return call(countedIterable(source, method, maxBytes, "%TypedArray%.from", -1));
    } }.from);

    const proto = ArrayBuffer.prototype;
    // Node 20 has no transfer yet; a later engine's is capped as soon as it appears.
    for (const name of ["transfer", "transferToFixedLength"]) {
      const original = proto[name];
      if (typeof original !== "function") continue;
      install(proto, name, { [name](newLength = undefined) {
        if (newLength !== undefined) {
          const length = toIntegerOrInfinity(newLength);
          if (length > maxBytes) tooBig("ArrayBuffer.prototype." + name);
          return apply(original, this, [length]);
        }
        return apply(original, this, []);
      } }[name]);
    }

    const asUintN = BigInt.asUintN, asIntN = BigInt.asIntN, MAX_SAFE = 9007199254740991;
    install(BigInt, "asUintN", { asUintN(bits, bigint) {
      const n = toIntegerOrInfinity(bits);
      apply(asUintN, this, [n, 0n]);
      const value = apply(asIntN, this, [MAX_SAFE, bigint]);
      if (value < 0n && n > maxBits) overCap("maxBigIntBits", "BigInt.asUintN", -1);
      return apply(asUintN, this, [n, value]);
    } }.asUintN);
  `, ["kit"], kit);
}
