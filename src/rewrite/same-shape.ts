/**
 * Why: the round-trip gate's strongest check. The code the engine compiles is the generated text, so
 * the AST acorn reads back from that text must be the very program the rewriter produced and the
 * post-check verified: same node types, same children, same operators, names and literal values.
 * An emitter bug - astring once printed `(a?.b).c` as `a?.b.c`, a different program - then stops the
 * pipeline instead of changing what runs. Positions, `raw` spellings and purely syntactic flags
 * (shorthand, an arrow's expression body) are ignored.
 */
import type { AnyNode } from "acorn";
import { VISITOR_KEYS, isKnownNodeType } from "../validate/visitor-keys.js";

const SCALARS = ["name", "operator", "computed", "optional", "prefix", "kind", "static", "async", "generator", "delegate", "await", "method"] as const;

/** Undefined when both trees are the same program, else the path of the first difference. */
export function firstDifference(expected: AnyNode, actual: AnyNode, path = "program"): string | undefined {
  if (expected.type !== actual.type) return `${path}: ${expected.type} became ${actual.type}`;
  if (!isKnownNodeType(expected.type)) return `${path}: unknown node type ${expected.type}`;
  const e = expected as unknown as Record<string, unknown>;
  const a = actual as unknown as Record<string, unknown>;
  for (const key of SCALARS) {
    if ((e[key] ?? false) !== (a[key] ?? false)) return `${path}.${key}: ${String(e[key])} became ${String(a[key])}`;
  }
  if (expected.type === "Literal" && literalValue(expected) !== literalValue(actual as typeof expected)) return `${path}: literal changed`;
  if (expected.type === "TemplateElement" && expected.value.cooked !== (actual as typeof expected).value.cooked) return `${path}: template text changed`;
  for (const key of VISITOR_KEYS[expected.type]) {
    const difference = compareChild(e[key], a[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}

function compareChild(expected: unknown, actual: unknown, path: string): string | undefined {
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual) || expected.length !== actual.length) return `${path}: list length changed`;
    for (let i = 0; i < expected.length; i++) {
      const difference = compareChild(expected[i], actual[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (!expected || !actual) return expected === actual || (!expected && !actual) ? undefined : `${path}: presence changed`;
  return firstDifference(expected as AnyNode, actual as AnyNode, path);
}

function literalValue(node: Extract<AnyNode, { type: "Literal" }>): string {
  if (node.regex) return `/${node.regex.pattern}/${node.regex.flags}`;
  if (node.bigint !== undefined) return `${node.bigint}n`;
  return `${typeof node.value}:${String(node.value)}`;
}
