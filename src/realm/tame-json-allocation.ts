/**
 * Why: JSON.stringify builds its whole output in one native call, and a cheap input makes it huge:
 * a sparse array of length 2 ** 32 - 1 serializes as four billion "null"s, and an array holding one
 * long string many times repeats it each time. The wrapper passes the native serializer a replacer
 * function (calling the user's own replacer first, with the same holder and arguments, when there is
 * one) that adds up a lower bound of the output - every string, key and "null" it will write - and
 * stops the run once that passes limits.maxStringLength. The value the replacer returns is the one
 * it was given, so the output is unchanged. A property-list (array) replacer cannot be combined with
 * a replacer function without changing key order: such calls are serialized natively and uncapped.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import type { CapKit } from "../guards/size-guards.js";

export function tameJsonAllocation(context: vm.Context, kit: CapKit): void {
  realmFunction(context, `
    const { overCap, isObject, install, maxString } = kit;
    const apply = Reflect.apply, isArray = Array.isArray;
    const stringify = JSON.stringify;
    install(JSON, "stringify", { stringify(value, replacer, space) {
      if (isArray(replacer)) return apply(stringify, this, [value, replacer, space]);
      if (!isObject(value) && typeof replacer !== "function") {
        if (typeof value === "string" && value.length + 2 > maxString) overCap("maxStringLength", "JSON.stringify", -1);
        return apply(stringify, this, [value, replacer, space]);
      }
      const user = typeof replacer === "function" ? replacer : undefined;
      let size = 0;
      const counting = function (key, raw) {
        const result = user === undefined ? raw : apply(user, this, [key, raw]);
        const type = typeof result;
        if (result === undefined || type === "function" || type === "symbol") size += isArray(this) ? 5 : 0;
        else {
          size += isArray(this) ? 1 : key.length + 4;
          if (type === "string") size += result.length;
        }
        if (size > maxString) overCap("maxStringLength", "JSON.stringify", -1);
        return result;
      };
      return apply(stringify, this, [value, counting, space]);
    } }.stringify);
  `, ["kit"], kit);
}
