/**
 * Why: realm code calls a few host functions (the clock, util.types.isProxy, the touched-intrinsics
 * log). Called with the stack nearly exhausted, a host function fails on entry with a RangeError of the
 * *host* realm - and inside an async function that error becomes a rejection a guest handler receives
 * untouched, from which `constructor` climbs to the host's Function. Every host function realm code
 * calls therefore goes through a realm wrapper that replaces whatever it throws with one realm
 * RangeError, made in advance (at the stack edge there is no room to make one). Host functions that
 * must report their own errors (endowed host functions) convert them themselves, realm-side.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";

export function shieldHostFunction<F extends (...args: never[]) => unknown>(context: vm.Context, fn: F): F {
  return realmFunction<F>(context, `
    const apply = Reflect.apply;
    const overflow = Object.freeze(new RangeError("Maximum call stack size exceeded"));
    return function () {
      try {
        return apply(fn, undefined, arguments);
      } catch {
        throw overflow;
      }
    };
  `, ["fn"], fn);
}
