/**
 * The rewriter's guards are lexical bindings named with a reserved prefix. If guest code could declare,
 * shadow or even mention such a name - as a variable, parameter, catch or class name, label, import,
 * or property key - it could replace a guard (RestrictedPython CVE-2026-55830, vm2 GHSA-wp5r). The check
 * runs on the decoded name, so `\u0024rf_key` is caught too.
 */
import { defineRule } from "../src/validate/rule.js";
import { RESERVED_PREFIX, isReservedName } from "../src/rewrite/reserved.js";

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow identifiers that use the sandbox's reserved prefix",
      rationale: "Guards live in lexical bindings with a reserved prefix; a guest binding with that prefix could shadow or impersonate a guard.",
      runtimeTwin: "the rewriter refuses to emit code whose identifiers use the prefix (src/rewrite/emit.ts post-check)",
    },
    messages: { reservedIdentifier: `\`{{name}}\` uses the prefix "${RESERVED_PREFIX}", which is reserved for the sandbox` },
    hints: { reservedIdentifier: "rename it" },
  },
  create(context) {
    // Shorthand properties and `import { a }` hold two identifier nodes at one position; report it once.
    let reported = new Set<number>();
    const check = (node: { name: string; start: number }, shown: string) => {
      if (!isReservedName(node.name) || reported.has(node.start)) return;
      reported.add(node.start);
      context.report({ node: node as never, messageId: "reservedIdentifier", data: { name: shown } });
    };
    return {
      Program() { reported = new Set(); },
      Identifier(node) { check(node, node.name); },
      PrivateIdentifier(node) { check(node, `#${node.name}`); },
    };
  },
});
