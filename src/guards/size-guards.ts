/**
 * Why: one operation must not be able to allocate without bound (limits.maxStringLength,
 * maxArrayLength, maxBufferBytes, maxBigIntBits). This module holds, compiled in the guest's realm:
 * - the stop: it ends the run with RunStatus.OverCap (sticky, like a budget trip: guest catch and
 *   finally cannot swallow it) and remembers which cap and which operation, for the host's error;
 * - the rewriter's size guards (src/rewrite/transforms/size.ts), bound as lexical parameters:
 *   $rf_str(r, site)     after `+`, `+=` and template literals: V8 concatenates into cons strings in
 *                        O(1), so checking the result afterwards is enough, and the operation itself
 *                        stays native (its ToPrimitive order untouched, its type feedback its own);
 *   $rf_mul / $rf_pow / $rf_shl(a, b, site)   BigInt `*`, `**`, `<<`: these must be checked BEFORE
 *                        computing (`3n ** 10n ** 9n` would run for hours). An object operand is
 *                        converted once, in order, by `-(-x)` (exactly ToNumeric, hint "number").
 *   $rf_update(o, k, op, rhs, site)  the same three for compound assignment to a member whose object
 *                        is not a plain name: reads o[k], evaluates rhs (a thunk), checks, writes.
 *   $rf_spread(x, site)  `...x`: arrays and strings longer than maxArrayLength stop; other iterables
 *                        are iterated through a counting wrapper (the iterator is got once, as native).
 * - the kit the tamed builtins (src/realm/tame-*-allocation.ts) share: the stop, the caps, the
 *   counting iterable, and the conversions they need to convert each argument exactly once.
 */
import vm from "node:vm";
import { types } from "node:util";
import { shieldHostFunction } from "../realm/shield.js";
import type { Limits } from "../options.js";

export type SizeGuards = Readonly<Record<"$rf_str" | "$rf_mul" | "$rf_pow" | "$rf_shl" | "$rf_update" | "$rf_spread", (...args: never[]) => unknown>>;

/** Realm-side helpers for the tamers; opaque to the host. */
export type CapKit = object;

export interface SizeControl {
  readonly guards: SizeGuards;
  readonly kit: CapKit;
  /** "limits.maxStringLength (16777216) exceeded by String.prototype.repeat" for the last stop. */
  detail(): string;
  /** The error the last stop threw: its stack locates the call of a tamed builtin in the user's source. */
  error(): object | undefined;
}

const SIZE_SOURCE = `
"use strict";
const RealmRangeError = RangeError, apply = Reflect.apply, isArray = Array.isArray, freeze = Object.freeze;
const SymbolIterator = Symbol.iterator, clz32 = Math.clz32, log2 = Math.log2, NumberOf = Number, BigIntOf = BigInt;
const maxString = limits.maxStringLength, maxArray = limits.maxArrayLength, maxBytes = limits.maxBufferBytes, maxBits = limits.maxBigIntBits;
const caps = freeze({ maxStringLength: maxString, maxArrayLength: maxArray, maxBufferBytes: maxBytes, maxBigIntBits: maxBits });
// Below this magnitude a product of two BigInts cannot exceed maxBits: a cheap comparison for the common case.
const half = 2n ** BigIntOf(Math.floor(maxBits / 2));
const HEX = "0123456789abcdef";
let lastDetail = "", lastError;

function overCap(limit, operation, site) {
  const detail = "limits." + limit + " (" + caps[limit] + ") exceeded by " + operation;
  const error = new RealmRangeError("ringfence: " + detail);
  if (state[3] === 0) { state[3] = 5; state[4] = site; lastDetail = detail; lastError = error; }
  state[0] = 0; // every later tick takes the slow path, which ends the run there
  throw error;
}
function isObject(x) { return (typeof x === "object" && x !== null) || typeof x === "function"; }
function small(x) { return x < half && x > -half; }
function bitLength(x) {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + 32 - clz32(HEX.indexOf(hex[0]));
}
function checkMul(a, b, site) {
  if (small(a) && small(b)) return;
  if (bitLength(a) + bitLength(b) > maxBits) overCap("maxBigIntBits", "BigInt *", site);
}
function checkShl(a, b, site) {
  if (b <= 0n || a === 0n || (b < 64n && small(a))) return;
  if (b > maxBits || bitLength(a) + NumberOf(b) > maxBits) overCap("maxBigIntBits", "BigInt <<", site);
}
function checkPow(a, b, site) {
  if (b <= 1n || a === 0n || a === 1n || a === -1n) return;
  if (b > maxBits) overCap("maxBigIntBits", "BigInt **", site);
  const bits = bitLength(a);
  const log = bits <= 52 ? log2(NumberOf(a < 0n ? -a : a)) : bits - 1;
  if (log * NumberOf(b) > maxBits) overCap("maxBigIntBits", "BigInt **", site);
}
function mul(a, b, site) {
  if (typeof a === "number" && typeof b === "number") return a * b;
  if (isObject(a) || isObject(b)) { a = -(-a); b = -(-b); }
  if (typeof a === "bigint" && typeof b === "bigint") checkMul(a, b, site);
  return a * b;
}
function pow(a, b, site) {
  if (typeof a === "number" && typeof b === "number") return a ** b;
  if (isObject(a) || isObject(b)) { a = -(-a); b = -(-b); }
  if (typeof a === "bigint" && typeof b === "bigint") checkPow(a, b, site);
  return a ** b;
}
function shl(a, b, site) {
  if (typeof a === "number" && typeof b === "number") return a << b;
  if (isObject(a) || isObject(b)) { a = -(-a); b = -(-b); }
  if (typeof a === "bigint" && typeof b === "bigint") checkShl(a, b, site);
  return a << b;
}
const OPERATIONS = [mul, pow, shl];

/**
 * An iterable that hands out items' own iterator (got once, with the method already read) and stops
 * the run when more than limit values come out. next and return are forwarded with the iterator as
 * this, and result objects pass through untouched, so the consumer sees exactly what it would have.
 */
function countedIterable(items, method, limit, operation, site) {
  const iterator = apply(method, items, []);
  const next = iterator.next;
  let count = 0;
  const counting = {
    next() {
      if (++count > limit) overCap("maxArrayLength", operation, site);
      return apply(next, iterator, []);
    },
    return(value) {
      const close = iterator.return;
      return close === undefined || close === null ? { value, done: true } : apply(close, iterator, [value]);
    },
  };
  return { [SymbolIterator]() { return counting; } };
}

const guards = freeze({
  $rf_str(result, site) {
    if (typeof result === "string" && result.length > maxString) overCap("maxStringLength", "string concatenation", site);
    return result;
  },
  $rf_mul: mul,
  $rf_pow: pow,
  $rf_shl: shl,
  $rf_update(object, key, operation, rhs, site) {
    const result = OPERATIONS[operation](object[key], rhs(), site);
    object[key] = result;
    return result;
  },
  $rf_spread(items, site) {
    if (typeof items === "string") {
      if (items.length > maxArray) overCap("maxArrayLength", "spread", site);
      return items;
    }
    if (!isObject(items)) return items;
    if (isArray(items) && !isProxy(items)) {
      if (items.length > maxArray) overCap("maxArrayLength", "spread", site);
      return items;
    }
    const method = items[SymbolIterator];
    if (typeof method !== "function") return items;
    return countedIterable(items, method, maxArray, "spread", site);
  },
});
// Conversions for the tamers, so that each argument is converted exactly once, as the spec does it.
const MAX_SAFE = 9007199254740991, trunc = Math.trunc, getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, defineProperty = Object.defineProperty;
function toIntegerOrInfinity(value) {
  const n = +value;
  return n !== n || n === 0 ? 0 : trunc(n);
}
function toLength(value) {
  const n = toIntegerOrInfinity(value);
  return n <= 0 ? 0 : n < MAX_SAFE ? n : MAX_SAFE;
}
/** Replaces target[name] by tamed, keeping the attributes, and the original's name and length. */
function install(target, name, tamed) {
  const descriptor = getOwnPropertyDescriptor(target, name);
  const original = descriptor.value;
  defineProperty(tamed, "length", { value: original.length });
  defineProperty(tamed, "name", { value: original.name });
  descriptor.value = tamed;
  defineProperty(target, name, descriptor);
  return original;
}
const kit = freeze({ overCap, countedIterable, bitLength, isObject, isProxy, toIntegerOrInfinity, toLength, install, maxString, maxArray, maxBytes, maxBits });
return { guards, kit, detail: () => lastDetail, error: () => lastError };
`;

export function makeSizeGuards(context: vm.Context, state: Float64Array, limits: Limits): SizeControl {
  const factory = vm.compileFunction(SIZE_SOURCE, ["state", "limits", "isProxy"], { parsingContext: context });
  const caps = { maxStringLength: limits.maxStringLength, maxArrayLength: limits.maxArrayLength, maxBufferBytes: limits.maxBufferBytes, maxBigIntBits: limits.maxBigIntBits };
  return factory(state, caps, shieldHostFunction(context, types.isProxy)) as SizeControl;
}
