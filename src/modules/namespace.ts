/**
 * Why: a module's exports leave it as one namespace object - null prototype, read-only data
 * properties, Symbol.toStringTag "Module", frozen - so no importer can change what another module
 * exported. The maker is compiled in the realm (the namespace is a realm object, and the function
 * the guest's bundle calls as `$rf_ns` is a realm function, never a host one), from intrinsics
 * captured before any guest code runs. Its loops are bounded by the exports written in the source
 * and by the size of namespaces that are themselves frozen, so it needs no budget ticks.
 */
import vm from "node:vm";

export type NamespaceMaker = (names: readonly string[], values: readonly unknown[], stars: readonly object[]) => object;

const MAKER = `"use strict";
const create = Object.create, defineProperty = Object.defineProperty, freeze = Object.freeze, keys = Object.keys, hasOwn = Object.hasOwn, tag = Symbol.toStringTag;
const exported = (ns, key, value) => defineProperty(ns, key, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
return function namespace(names, values, stars) {
  const ns = create(null);
  for (let i = 0; i < names.length; i++) exported(ns, names[i], values[i]);
  for (let i = 0; i < stars.length; i++) {
    const star = stars[i], starKeys = keys(star);
    for (let j = 0; j < starKeys.length; j++) {
      const key = starKeys[j];
      if (key !== "default" && !hasOwn(ns, key)) exported(ns, key, star[key]);
    }
  }
  defineProperty(ns, tag, { __proto__: null, value: "Module", writable: false, enumerable: false, configurable: false });
  return freeze(ns);
};`;

/** `intrinsics`: the realm's own Object and Symbol (its global object may not offer them). */
export function makeNamespaceMaker(context: vm.Context, intrinsics: { readonly Object: unknown; readonly Symbol: unknown }): NamespaceMaker {
  const make = vm.compileFunction(MAKER, ["Object", "Symbol"], { parsingContext: context, filename: "ringfence:namespace" }) as (object: unknown, symbol: unknown) => NamespaceMaker;
  return make(intrinsics.Object, intrinsics.Symbol);
}
