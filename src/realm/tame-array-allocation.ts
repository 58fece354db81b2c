/**
 * Why: a huge array costs nothing until a builtin materializes it: `a = []; a.length = 2 ** 32 - 1`
 * is one property write, and then `a.fill(0)`, `a.join()`, `Array.from(a)` or `a.toSorted()` would
 * each allocate gigabytes in one native call, with no tick in between. The cap therefore sits at the
 * materializing builtins (limits.maxArrayLength for elements, maxStringLength for joined text):
 * - join (Array and %TypedArray%) converts each element once, in order, adding up the lengths before
 *   anything is concatenated; V8's guard against cyclic arrays (a cycle joins as "") is kept;
 * - fill, from, toReversed, toSorted, toSpliced, with, flat and flatMap check the length they would
 *   produce from the converted arguments; Array.from counts what an iterable yields as it goes;
 * - concat adds up the lengths of the arrays it joins (`a = a.concat(a)` doubles); an argument that is
 *   not an array counts as one element (a spreadable array-like is sparse: a time cost, not memory).
 * The Array constructor is left alone: V8 makes a long `new Array(n)` sparse (no elements allocated),
 * and wrapping it would mean replacing Array.prototype.constructor, which slows array species lookups
 * in the whole process. For a receiver that is not an array, length is read once more than natively.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import type { CapKit } from "../guards/size-guards.js";

export function tameArrayAllocation(context: vm.Context, kit: CapKit): void {
  realmFunction(context, `
    const { overCap, countedIterable, isProxy, toIntegerOrInfinity, toLength, install, maxString, maxArray } = kit;
    const apply = Reflect.apply, isArray = Array.isArray, toObject = Object, max = Math.max, min = Math.min;
    const SymbolIterator = Symbol.iterator;
    const proto = Array.prototype, typedProto = Object.getPrototypeOf(Int8Array.prototype);
    const arrayValues = proto[SymbolIterator], nativeJoin = proto.join;
    const typedLength = Object.getOwnPropertyDescriptor(typedProto, "length").get;
    const original = { concat: proto.concat, fill: proto.fill, toReversed: proto.toReversed, toSorted: proto.toSorted, toSpliced: proto.toSpliced, with: proto.with, flat: proto.flat, flatMap: proto.flatMap, from: Array.from, typedJoin: typedProto.join };
    const tooLong = (name) => overCap("maxArrayLength", name, -1);
    const relative = (value, length, absent) => {
      if (value === undefined) return absent;
      const n = toIntegerOrInfinity(value);
      return n < 0 ? max(length + n, 0) : min(n, length);
    };
    function lengthOf(receiver, name) {
      const length = toLength(toObject(receiver).length);
      if (length > maxArray) tooLong(name);
      return length;
    }

    // Arrays being joined, innermost last: V8 joins an array that is already being joined as "".
    const joining = [];
    install(proto, "join", { join(separator) {
      if (this === undefined || this === null) return apply(nativeJoin, this, [separator]);
      const object = toObject(this);
      const length = lengthOf(object, "Array.prototype.join");
      const sep = separator === undefined ? "," : \`\${separator}\`;
      if (length === 0) return "";
      if ((length - 1) * sep.length > maxString) overCap("maxStringLength", "Array.prototype.join", -1);
      for (let i = 0; i < joining.length; i++) if (joining[i] === object) return "";
      const parts = [];
      let total = (length - 1) * sep.length;
      joining[joining.length] = object;
      try {
        for (let k = 0; k < length; k++) {
          const element = object[k];
          const part = element === undefined || element === null ? "" : \`\${element}\`;
          total += part.length;
          if (total > maxString) overCap("maxStringLength", "Array.prototype.join", -1);
          parts[k] = part;
        }
      } finally {
        joining.length--;
      }
      return apply(nativeJoin, parts, [sep]);
    } }.join);

    // Typed array elements are numbers: at most 25 characters each (BigInts of 64 bits: 20).
    install(typedProto, "join", { join(separator) {
      const length = apply(typedLength, this, []);
      const sep = separator === undefined ? "," : \`\${separator}\`;
      if (length > 0 && (length - 1) * sep.length + length > maxString) overCap("maxStringLength", "%TypedArray%.prototype.join", -1);
      if (length * (sep.length + 25) > maxString) {
        let total = length > 0 ? (length - 1) * sep.length : 0;
        for (let k = 0; k < length; k++) total += \`\${this[k]}\`.length;
        if (total > maxString) overCap("maxStringLength", "%TypedArray%.prototype.join", -1);
      }
      return apply(original.typedJoin, this, [sep]);
    } }.join);

    install(proto, "fill", { fill(value, start = undefined, end = undefined) {
      if (this === undefined || this === null) return apply(original.fill, this, [value, start, end]);
      const object = toObject(this);
      const length = toLength(object.length);
      const from = relative(start, length, 0), to = relative(end, length, length);
      if (to - from > maxArray) tooLong("Array.prototype.fill");
      return apply(original.fill, object, [value, from, to]);
    } }.fill);

    install(Array, "from", { from(items, mapfn = undefined, thisArg = undefined) {
      const call = (source) => apply(original.from, this, [source, mapfn, thisArg]);
      if (items === undefined || items === null || (mapfn !== undefined && typeof mapfn !== "function")) return call(items);
      const method = items[SymbolIterator];
      if (method === undefined || method === null) {
        lengthOf(items, "Array.from");
        return call(items);
      }
      if (typeof method !== "function") return call(items);
      if (method === arrayValues && isArray(items) && !isProxy(items)) {
        if (items.length > maxArray) tooLong("Array.from");
        return call(items);
      }
      return call(countedIterable(items, method, maxArray, "Array.from", -1));
    } }.from);

    install(proto, "concat", { concat(...items) {
      if (this === undefined || this === null) return apply(original.concat, this, items);
      let total = isArray(this) ? this.length : 1;
      for (let i = 0; i < items.length; i++) total += isArray(items[i]) ? items[i].length : 1;
      if (total > maxArray) tooLong("Array.prototype.concat");
      return apply(original.concat, this, items);
    } }.concat);
    install(proto, "toReversed", { toReversed() {
      if (this === undefined || this === null) return apply(original.toReversed, this, []);
      lengthOf(this, "Array.prototype.toReversed");
      return apply(original.toReversed, this, []);
    } }.toReversed);
    install(proto, "toSorted", { toSorted(comparefn) {
      if (this === undefined || this === null || (comparefn !== undefined && typeof comparefn !== "function")) return apply(original.toSorted, this, [comparefn]);
      lengthOf(this, "Array.prototype.toSorted");
      return apply(original.toSorted, this, [comparefn]);
    } }.toSorted);
    install(proto, "with", { with(index, value) {
      if (this === undefined || this === null) return apply(original.with, this, [index, value]);
      lengthOf(this, "Array.prototype.with");
      return apply(original.with, this, [toIntegerOrInfinity(index), value]);
    } }.with);
    install(proto, "toSpliced", { toSpliced(start, skipCount, ...items) {
      if (this === undefined || this === null) return apply(original.toSpliced, this, [start, skipCount, ...items]);
      const object = toObject(this);
      const length = toLength(object.length);
      const from = relative(start, length, 0);
      const args = arguments.length === 0 ? [] : [from];
      let skip = 0;
      if (arguments.length === 1) skip = length - from;
      else if (arguments.length > 1) {
        skip = min(max(toIntegerOrInfinity(skipCount), 0), length - from);
        args[1] = skip;
        for (let i = 0; i < items.length; i++) args[i + 2] = items[i];
      }
      if (length + items.length - skip > maxArray) tooLong("Array.prototype.toSpliced");
      return apply(original.toSpliced, object, args);
    } }.toSpliced);
    install(proto, "flat", { flat(depth = undefined) {
      if (this === undefined || this === null) return apply(original.flat, this, [depth]);
      lengthOf(this, "Array.prototype.flat");
      return apply(original.flat, this, [depth === undefined ? undefined : toIntegerOrInfinity(depth)]);
    } }.flat);
    install(proto, "flatMap", { flatMap(mapper, thisArg = undefined) {
      if (this === undefined || this === null) return apply(original.flatMap, this, [mapper, thisArg]);
      lengthOf(this, "Array.prototype.flatMap");
      return apply(original.flatMap, this, [mapper, thisArg]);
    } }.flatMap);
  `, ["kit"], kit);
}
