/**
 * Why: policy is data (SES permits.js). This table lists, for every intrinsic the realm keeps, which
 * own properties survive lockdown; anything not listed is deleted and reported, so a property a new
 * engine adds surfaces instead of slipping through. Grammar:
 *   statics    - own properties of the constructor or namespace object
 *   prototype  - own properties of its `prototype` object
 *   names are space-separated; "@@x" is the well-known symbol Symbol.x. Every function keeps
 *   `length`, `name` and `prototype`; every prototype keeps `constructor`.
 * Deliberately absent (removed): eval; Error.captureStackTrace (stack hook), Object.prototype.__proto__ and the legacy accessor
 * methods (prototype climbing and pollution), RegExp legacy statics ($1, lastMatch: cross-run state),
 * RegExp.prototype.compile (Annex B: it rewrites a regexp in place, frozen or not),
 * Atomics, SharedArrayBuffer, WeakRef, FinalizationRegistry (leftovers and timing), Intl (locale
 * data and a large surface nobody reviewed yet). Promise is offered to asynchronous runs only.
 */
export interface Permit {
  readonly statics?: string;
  readonly prototype?: string;
}

const ERROR_PROTO = "message name toString";
const TYPED_ARRAY: Permit = { statics: "BYTES_PER_ELEMENT", prototype: "BYTES_PER_ELEMENT" };

/** Named globals: a Permit for functions and namespaces, "value" for plain values. */
export const GLOBAL_PERMITS: Readonly<Record<string, Permit | "value">> = Object.freeze({
  undefined: "value", NaN: "value", Infinity: "value",
  globalThis: "value",
  Object: {
    statics: "assign create defineProperties defineProperty entries freeze fromEntries getOwnPropertyDescriptor getOwnPropertyDescriptors getOwnPropertyNames getOwnPropertySymbols getPrototypeOf setPrototypeOf is isExtensible isFrozen isSealed keys preventExtensions seal values hasOwn groupBy",
    prototype: "hasOwnProperty isPrototypeOf propertyIsEnumerable toLocaleString toString valueOf",
  },
  Function: { prototype: "apply bind call toString @@hasInstance caller arguments" },
  Array: {
    statics: "from isArray of @@species",
    prototype: "at concat copyWithin entries every fill filter find findIndex findLast findLastIndex flat flatMap forEach includes indexOf join keys lastIndexOf map pop push reduce reduceRight reverse shift slice some sort splice toLocaleString toReversed toSorted toSpliced toString unshift values with length @@iterator @@unscopables",
  },
  String: {
    statics: "fromCharCode fromCodePoint raw",
    prototype: "at charAt charCodeAt codePointAt concat endsWith includes indexOf isWellFormed lastIndexOf localeCompare match matchAll normalize padEnd padStart repeat replace replaceAll search slice split startsWith substring toLocaleLowerCase toLocaleUpperCase toLowerCase toString toUpperCase toWellFormed trim trimEnd trimStart trimLeft trimRight valueOf length @@iterator",
  },
  Number: {
    statics: "EPSILON MAX_SAFE_INTEGER MAX_VALUE MIN_SAFE_INTEGER MIN_VALUE NaN NEGATIVE_INFINITY POSITIVE_INFINITY isFinite isInteger isNaN isSafeInteger parseFloat parseInt",
    prototype: "toExponential toFixed toLocaleString toPrecision toString valueOf",
  },
  Boolean: { prototype: "toString valueOf" },
  Symbol: {
    statics: "asyncIterator hasInstance isConcatSpreadable iterator match matchAll replace search species split toPrimitive toStringTag unscopables for keyFor",
    prototype: "description toString valueOf @@toPrimitive @@toStringTag",
  },
  BigInt: { statics: "asIntN asUintN", prototype: "toLocaleString toString valueOf @@toStringTag" },
  Math: {
    statics: "E LN10 LN2 LOG10E LOG2E PI SQRT1_2 SQRT2 abs acos acosh asin asinh atan atan2 atanh cbrt ceil clz32 cos cosh exp expm1 floor fround hypot imul log log10 log1p log2 max min pow random round sign sin sinh sqrt tan tanh trunc @@toStringTag",
  },
  JSON: { statics: "parse stringify @@toStringTag" },
  Reflect: { statics: "apply construct defineProperty deleteProperty get getOwnPropertyDescriptor getPrototypeOf has isExtensible ownKeys preventExtensions set setPrototypeOf @@toStringTag" },
  Proxy: { statics: "revocable" },
  Date: {
    statics: "UTC now parse",
    prototype: "getDate getDay getFullYear getHours getMilliseconds getMinutes getMonth getSeconds getTime getTimezoneOffset getUTCDate getUTCDay getUTCFullYear getUTCHours getUTCMilliseconds getUTCMinutes getUTCMonth getUTCSeconds getYear setDate setFullYear setHours setMilliseconds setMinutes setMonth setSeconds setTime setUTCDate setUTCFullYear setUTCHours setUTCMilliseconds setUTCMinutes setUTCMonth setUTCSeconds setYear toDateString toISOString toJSON toLocaleDateString toLocaleString toLocaleTimeString toString toTimeString toUTCString toGMTString valueOf @@toPrimitive",
  },
  RegExp: {
    statics: "@@species",
    prototype: "exec test toString dotAll flags global hasIndices ignoreCase multiline source sticky unicode unicodeSets lastIndex @@match @@matchAll @@replace @@search @@split",
  },
  Map: { statics: "@@species groupBy", prototype: "clear delete entries forEach get has keys set size values @@iterator @@toStringTag" },
  Set: { statics: "@@species", prototype: "add clear delete entries forEach has keys size values union intersection difference symmetricDifference isSubsetOf isSupersetOf isDisjointFrom @@iterator @@toStringTag" },
  // The tamed constructor (src/realm/tame-promise.ts); the intrinsic is %Promise% below.
  Promise: { statics: "all allSettled any race reject resolve withResolvers @@species", prototype: "then catch finally @@toStringTag" },
  WeakMap: { prototype: "delete get has set @@toStringTag" },
  WeakSet: { prototype: "add delete has @@toStringTag" },
  // prepareStackTrace is ringfence's own non-writable formatter (src/realm/tame-error-stack.ts).
  Error: { statics: "stackTraceLimit prepareStackTrace", prototype: ERROR_PROTO },
  TypeError: { prototype: ERROR_PROTO }, RangeError: { prototype: ERROR_PROTO }, SyntaxError: { prototype: ERROR_PROTO },
  ReferenceError: { prototype: ERROR_PROTO }, EvalError: { prototype: ERROR_PROTO }, URIError: { prototype: ERROR_PROTO },
  AggregateError: { prototype: ERROR_PROTO },
  ArrayBuffer: { statics: "isView @@species", prototype: "byteLength slice maxByteLength resizable resize transfer transferToFixedLength detached @@toStringTag" },
  DataView: { prototype: "buffer byteLength byteOffset getBigInt64 getBigUint64 getFloat32 getFloat64 getInt16 getInt32 getInt8 getUint16 getUint32 getUint8 setBigInt64 setBigUint64 setFloat32 setFloat64 setInt16 setInt32 setInt8 setUint16 setUint32 setUint8 @@toStringTag" },
  Int8Array: TYPED_ARRAY, Uint8Array: TYPED_ARRAY, Uint8ClampedArray: TYPED_ARRAY, Int16Array: TYPED_ARRAY, Uint16Array: TYPED_ARRAY,
  Int32Array: TYPED_ARRAY, Uint32Array: TYPED_ARRAY, Float32Array: TYPED_ARRAY, Float64Array: TYPED_ARRAY,
  BigInt64Array: TYPED_ARRAY, BigUint64Array: TYPED_ARRAY,
  parseInt: {}, parseFloat: {}, isNaN: {}, isFinite: {},
  encodeURIComponent: {}, decodeURIComponent: {}, encodeURI: {}, decodeURI: {},
});

/** Intrinsics reachable only through syntax or other intrinsics (SES get-anonymous-intrinsics). */
export const HIDDEN_PERMITS: Readonly<Record<string, Permit>> = Object.freeze({
  "%TypedArray%": {
    statics: "from of @@species",
    prototype: "at buffer byteLength byteOffset copyWithin entries every fill filter find findIndex findLast findLastIndex forEach includes indexOf join keys lastIndexOf length map reduce reduceRight reverse set slice some sort subarray toLocaleString toReversed toSorted toString values with @@iterator @@toStringTag",
  },
  "%IteratorPrototype%": { statics: "@@iterator" },
  "%ArrayIteratorPrototype%": { statics: "next @@toStringTag" },
  "%StringIteratorPrototype%": { statics: "next @@toStringTag" },
  "%MapIteratorPrototype%": { statics: "next @@toStringTag" },
  "%SetIteratorPrototype%": { statics: "next @@toStringTag" },
  "%RegExpStringIteratorPrototype%": { statics: "next @@toStringTag" },
  "%GeneratorFunction%": { prototype: "prototype @@toStringTag" },
  "%GeneratorPrototype%": { statics: "next return throw @@toStringTag" },
  "%AsyncFunction%": { prototype: "@@toStringTag" },
  "%AsyncGeneratorFunction%": { prototype: "prototype @@toStringTag" },
  "%AsyncGeneratorPrototype%": { statics: "next return throw @@toStringTag" },
  "%AsyncIteratorPrototype%": { statics: "@@asyncIterator" },
  "%PromisePrototype%": { statics: "then catch finally @@toStringTag" },
  "%Promise%": { statics: "all allSettled any race reject resolve withResolvers @@species" },
});

/**
 * Builtins bound only in asynchronous runs: in a synchronous run nothing would run the jobs they
 * schedule, and a promise created without the run's promise tracking could crash the host.
 */
export const ASYNC_ONLY_BUILTINS: ReadonlySet<string> = new Set(["Promise"]);

/** Names the builtin presets expose. Each must appear in GLOBAL_PERMITS. */
export const BUILTIN_PRESETS: Readonly<Record<"expression" | "standard", readonly string[]>> = Object.freeze({
  expression: Object.freeze([
    "undefined", "NaN", "Infinity", "Math", "JSON", "Number", "String", "Boolean", "Array", "Object", "Date",
    "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI",
  ]),
  standard: Object.freeze([
    "undefined", "NaN", "Infinity", "globalThis", "Math", "JSON", "Number", "String", "Boolean", "Array", "Object", "Date",
    "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI",
    "Function", "Symbol", "BigInt", "RegExp", "Map", "Set", "WeakMap", "WeakSet", "Reflect", "Proxy", "Promise",
    "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError",
    "ArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
  ]),
});
