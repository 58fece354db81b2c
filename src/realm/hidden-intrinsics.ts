/**
 * Why: some intrinsics have no global name and are reachable only through syntax - the constructors
 * of generator and async functions, iterator prototypes, %TypedArray%, %ThrowTypeError%. They must go
 * through the same permits and freeze as named ones (SES get-anonymous-intrinsics), whether or not the
 * validator lets generators through today.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";

export function getHiddenIntrinsics(context: vm.Context): Record<string, object> {
  return realmFunction(context, `
    const proto = Object.getPrototypeOf;
    const GeneratorFunction = proto(function* () {}).constructor;
    const AsyncFunction = proto(async function () {}).constructor;
    const AsyncGeneratorFunction = proto(async function* () {}).constructor;
    const ArrayIteratorPrototype = proto([][Symbol.iterator]());
    return {
      "%TypedArray%": proto(Int8Array),
      "%IteratorPrototype%": proto(ArrayIteratorPrototype),
      "%ArrayIteratorPrototype%": ArrayIteratorPrototype,
      "%StringIteratorPrototype%": proto(""[Symbol.iterator]()),
      "%MapIteratorPrototype%": proto(new Map()[Symbol.iterator]()),
      "%SetIteratorPrototype%": proto(new Set()[Symbol.iterator]()),
      "%RegExpStringIteratorPrototype%": proto(/a/[Symbol.matchAll]("")),
      "%GeneratorFunction%": GeneratorFunction,
      "%GeneratorPrototype%": GeneratorFunction.prototype.prototype,
      "%AsyncFunction%": AsyncFunction,
      "%AsyncGeneratorFunction%": AsyncGeneratorFunction,
      "%AsyncGeneratorPrototype%": AsyncGeneratorFunction.prototype.prototype,
      "%AsyncIteratorPrototype%": proto(AsyncGeneratorFunction.prototype.prototype),
      "%Promise%": Promise,
      "%PromisePrototype%": Promise.prototype,
      "%ThrowTypeError%": Object.getOwnPropertyDescriptor(Function.prototype, "caller").get,
    };
  `);
}
