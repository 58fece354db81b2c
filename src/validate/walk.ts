/**
 * Why: one exhaustive traversal for the validator, the scope analysis and the rewriter. It visits
 * every child named in VISITOR_KEYS - binding identifiers and non-computed keys included, which
 * acorn-walk skips - and it refuses a node type it does not know instead of skipping it.
 */
import type { AnyNode } from "acorn";
import { VISITOR_KEYS, isKnownNodeType } from "./visitor-keys.js";

export class UnknownNodeError extends Error {
  constructor(readonly node: AnyNode) {
    super(`unreviewed node type ${JSON.stringify((node as { type: string }).type)}`);
  }
}

export interface WalkCallbacks {
  /** Return false to skip the node's children. */
  enter?(node: AnyNode, parent: AnyNode | undefined, key: string): boolean | void;
  leave?(node: AnyNode, parent: AnyNode | undefined, key: string): void;
}

export function walk(root: AnyNode, callbacks: WalkCallbacks): void {
  visit(root, undefined, "", callbacks);
}

function visit(node: AnyNode, parent: AnyNode | undefined, key: string, callbacks: WalkCallbacks): void {
  if (!isKnownNodeType(node.type)) throw new UnknownNodeError(node);
  if (callbacks.enter?.(node, parent, key) === false) return;
  for (const childKey of VISITOR_KEYS[node.type]) {
    const child = (node as unknown as Record<string, unknown>)[childKey];
    if (Array.isArray(child)) {
      for (const item of child) if (item) visit(item as AnyNode, node, childKey, callbacks);
    } else if (child && typeof child === "object") {
      visit(child as AnyNode, node, childKey, callbacks);
    }
  }
  callbacks.leave?.(node, parent, key);
}
