/**
 * Why: one exhaustive traversal for the validator, the scope analysis and the rewriter. It visits
 * every child named in VISITOR_KEYS - binding identifiers and non-computed keys included, which
 * acorn-walk skips - and it refuses a node type it does not know instead of skipping it.
 */
import type { AnyNode } from "acorn";
import { VISITOR_KEYS, isKnownNodeType } from "./visitor-keys.js";

/**
 * The deepest tree the walker descends into. Brackets are limited before parsing, but chains such as
 * `a.b.c...`, `f()()()` or `1 + 1 + ...` nest the tree without brackets; a fixed limit makes the
 * outcome the same whatever stack happens to be left (never a host stack overflow).
 */
const MAX_TREE_DEPTH = 2000;

export class TreeTooDeepError extends Error {}

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
  visit(root, undefined, "", callbacks, 0);
}

function visit(node: AnyNode, parent: AnyNode | undefined, key: string, callbacks: WalkCallbacks, depth: number): void {
  if (depth > MAX_TREE_DEPTH) throw new TreeTooDeepError(`the syntax tree is more than ${MAX_TREE_DEPTH} levels deep`);
  if (!isKnownNodeType(node.type)) throw new UnknownNodeError(node);
  if (callbacks.enter?.(node, parent, key) === false) return;
  for (const childKey of VISITOR_KEYS[node.type]) {
    const child = (node as unknown as Record<string, unknown>)[childKey];
    if (Array.isArray(child)) {
      for (const item of child) if (item) visit(item as AnyNode, node, childKey, callbacks, depth + 1);
    } else if (child && typeof child === "object") {
      visit(child as AnyNode, node, childKey, callbacks, depth + 1);
    }
  }
  callbacks.leave?.(node, parent, key);
}
