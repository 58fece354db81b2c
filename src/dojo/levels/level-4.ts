/**
 * Why: dojo level 4 - hiding implementation details. As level 3, but a static check parses the
 * attempt and refuses the keys `constructor` and `__proto__` wherever the text writes them as property
 * names. It shows that a check on the syntax cannot see a key computed at run time. Teaching code: run
 * it only through the dojo runner.
 */
import { parse, type Node } from "acorn";
import { run as runLevel3 } from "./level-3.js";

export const HIDDEN: ReadonlySet<string> = new Set(["constructor", "__proto__"]);

export function parseScript(source: string): Node {
  return parse(source, { ecmaVersion: "latest", sourceType: "script" });
}

/** Visits every node below `node`, children before their parent (so a parent may replace a child). */
export function walk(node: unknown, visit: (node: Node & Record<string, unknown>) => void): void {
  if (Array.isArray(node)) { for (const child of node) walk(child, visit); return; }
  if (typeof node !== "object" || node === null || typeof (node as Node).type !== "string") return;
  for (const child of Object.values(node)) walk(child, visit);
  visit(node as Node & Record<string, unknown>);
}

/** The key a member or property names in the text (`o.k`, `o["k"]`, `{ k: v }`), if it is written out. */
function writtenKey(key: unknown, computed: unknown): unknown {
  const node = key as { type: string; name?: string; value?: unknown };
  if (node.type === "Identifier" && !computed) return node.name;
  return node.type === "Literal" ? node.value : undefined;
}

export function check(source: string): void {
  walk(parseScript(source), (node) => {
    const key = node.type === "MemberExpression" ? writtenKey(node.property, node.computed)
      : node.type === "Property" ? writtenKey(node.key, node.computed) : undefined;
    if (typeof key === "string" && HIDDEN.has(key)) throw new Error(`level 4 refuses the key "${key}" (at offset ${node.start})`);
  });
}

export function run(source: string): unknown {
  check(source);
  return runLevel3(source);
}
