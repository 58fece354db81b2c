/**
 * Why: the runtime twin of the forbidden-key rules. Every property key the source does not spell as a
 * harmless literal is passed through the key guard, which converts it to a property key exactly once
 * (so a `toString` that answers differently each time gets nowhere), refuses forbidden keys, and hands
 * back a primitive the engine then uses unchanged. Because only the key is replaced, the access itself
 * stays native: `a[b](c)` keeps `this`, compound assignment, `++`, `delete`, `?.` and destructuring all
 * keep their exact semantics.
 *
 *   o[k]              ->  o[$rf_key(k, site)]
 *   o.constructor     ->  o[$rf_key("constructor", site)]        (throws at run time)
 *   ({ [k]: v })      ->  ({ [$rf_key(k, site)]: v })
 *   const { [k]: v } = o;  k in o;  class { [k]() {} }   likewise
 *   o["length"], o[0], o.name                                    unchanged
 */
import type { AnyNode, Expression } from "acorn";
import { isForbiddenKey } from "../../guards/forbidden-keys.js";
import { GUARD_NAMES } from "../reserved.js";
import { call, literal } from "../nodes.js";
import type { SiteTable } from "../sites.js";

type KeyHolder = { computed: boolean; key?: AnyNode; property?: AnyNode; shorthand?: boolean };

/** A key the engine will use as written and that is not forbidden. */
export function isSafeStaticKey(node: AnyNode, computed: boolean): boolean {
  if (!computed) return node.type === "PrivateIdentifier" || (node.type === "Identifier" && !isForbiddenKey(node.name)) || (node.type === "Literal" && !isForbiddenKey(String(node.value)));
  if (node.type === "Literal") return (typeof node.value === "number" || typeof node.value === "string" || typeof node.value === "bigint") && !isForbiddenKey(String(node.value));
  return false;
}

function guardedKey(node: AnyNode, computed: boolean, sites: SiteTable): Expression {
  const key = computed ? (node as Expression) : literal(node.type === "Identifier" ? node.name : String((node as { value: unknown }).value));
  return call(GUARD_NAMES.key, [key, literal(sites.add(node))], node.loc);
}

export function guardKey(holder: KeyHolder, field: "key" | "property", sites: SiteTable): void {
  const node = holder[field]!;
  if (isSafeStaticKey(node, holder.computed)) return;
  holder[field] = guardedKey(node, holder.computed, sites);
  holder.computed = true;
  if (holder.shorthand) holder.shorthand = false;
}

export function guardInOperand(node: { left: AnyNode }, sites: SiteTable): void {
  if (node.left.type === "PrivateIdentifier" || isSafeStaticKey(node.left, true)) return;
  node.left = guardedKey(node.left, true, sites);
}
