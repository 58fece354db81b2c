/**
 * Why: a module's exports leave it as one namespace object - null prototype, read-only data
 * properties in sorted key order, Symbol.toStringTag "Module", frozen, as in a real module - so no
 * importer can change what another module exported. Names two `export *` offer from different
 * modules are ambiguous and left out, as in a real module (the linker finds them). The maker is
 * compiled in the realm (the namespace is a realm object, and the function the guest's bundle calls
 * as `$rf_ns` is a realm function, never a host one), from intrinsics captured before any guest code
 * runs. Its loops are bounded by the exports written in the source
 * and by the size of namespaces that are themselves frozen, so it needs no budget ticks.
 */
import vm from "node:vm";

export type NamespaceMaker = (names: readonly string[], values: readonly unknown[], stars: readonly object[], ambiguous: readonly string[]) => object;

const MAKER = `"use strict";
const create = Object.create, defineProperty = Object.defineProperty, freeze = Object.freeze, keys = Object.keys, hasOwn = Object.hasOwn;
const tag = Symbol.toStringTag, apply = Reflect.apply, sort = Array.prototype.sort;
const property = (value, writable) => ({ __proto__: null, value, writable, enumerable: true, configurable: false });
return function namespace(names, values, stars, ambiguous) {
  const found = create(null), order = [];
  const add = (key, value) => {
    if (hasOwn(found, key)) return;
    defineProperty(found, key, property(value, false));
    defineProperty(order, order.length, { __proto__: null, value: key, writable: true, enumerable: true, configurable: true });
  };
  for (let i = 0; i < names.length; i++) add(names[i], values[i]);
  const skip = create(null);
  for (let i = 0; i < ambiguous.length; i++) defineProperty(skip, ambiguous[i], property(true, false));
  for (let i = 0; i < stars.length; i++) {
    const star = stars[i], starKeys = keys(star);
    for (let j = 0; j < starKeys.length; j++) {
      const key = starKeys[j];
      if (key !== "default" && !hasOwn(skip, key)) add(key, star[key]);
    }
  }
  apply(sort, order, []);
  const ns = create(null);
  for (let i = 0; i < order.length; i++) defineProperty(ns, order[i], property(found[order[i]], false));
  defineProperty(ns, tag, { __proto__: null, value: "Module", writable: false, enumerable: false, configurable: false });
  return freeze(ns);
};`;

/** `intrinsics`: the realm's own Object, Symbol, Reflect and Array (its global object may not offer them). */
export function makeNamespaceMaker(context: vm.Context, intrinsics: { readonly Object: unknown; readonly Symbol: unknown; readonly Reflect: unknown; readonly Array: unknown }): NamespaceMaker {
  const make = vm.compileFunction(MAKER, ["Object", "Symbol", "Reflect", "Array"], { parsingContext: context, filename: "ringfence:namespace" }) as (...intrinsics: unknown[]) => NamespaceMaker;
  return make(intrinsics.Object, intrinsics.Symbol, intrinsics.Reflect, intrinsics.Array);
}
