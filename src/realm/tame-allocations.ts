/**
 * Why: the allocation caps are budget, not a layer, so every realm gets them, whatever layers are on:
 * the wrappers of every builtin that can allocate without bound in one call, grouped by what they
 * allocate. Called by lockdown before permits, override accessors and the freeze (see lockdown.ts).
 */
import type vm from "node:vm";
import type { CapKit } from "../guards/size-guards.js";
import { tameStringAllocation } from "./tame-string-allocation.js";
import { tameArrayAllocation } from "./tame-array-allocation.js";
import { tameBufferAllocation } from "./tame-buffer-allocation.js";
import { tameJsonAllocation } from "./tame-json-allocation.js";
import { tameCollectionAllocation } from "./tame-collection-allocation.js";

export function tameAllocations(context: vm.Context, kit: CapKit): void {
  tameStringAllocation(context, kit);
  tameArrayAllocation(context, kit);
  tameBufferAllocation(context, kit);
  tameJsonAllocation(context, kit);
  tameCollectionAllocation(context, kit);
}
