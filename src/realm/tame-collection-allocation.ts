/**
 * Why: a Map or Set grows one entry at a time, each step cheap, but its hash table is reallocated
 * whole, twice as large, as it grows. In a worker near its heap limit that one allocation can be
 * larger than the room V8 leaves to end the worker cleanly, and V8 then aborts the whole process
 * (measured: a 32 MiB worker growing a Map). So `Map.prototype.set` and `Set.prototype.add` refuse to
 * add an entry beyond limits.maxArrayLength (the Map and Set constructors add through them). A call
 * on a wrong receiver goes straight to the original, so its TypeError is the engine's own.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import type { CapKit } from "../guards/size-guards.js";

export function tameCollectionAllocation(context: vm.Context, kit: CapKit): void {
  realmFunction(context, `
    const { overCap, install, maxArray } = kit;
    const apply = Reflect.apply, describe = Object.getOwnPropertyDescriptor;
    function capped(prototype, method, name) {
      const size = describe(prototype, "size").get, has = prototype.has;
      const original = install(prototype, method, { [method](...args) {
        let entries;
        try { entries = apply(size, this, []); } catch { return apply(original, this, args); }
        if (entries >= maxArray && !apply(has, this, [args[0]])) overCap("maxArrayLength", name, -1);
        return apply(original, this, args);
      } }[method]);
    }
    capped(Map.prototype, "set", "Map.prototype.set");
    capped(Set.prototype, "add", "Set.prototype.add");
  `, ["kit"], kit);
}
