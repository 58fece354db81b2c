/**
 * In module mode a guest may import only the modules the host listed (`modules` option); any other
 * specifier - a file path, a Node builtin, a package - is refused before anything runs.
 */
import type { AnyNode, Literal } from "acorn";
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "capability",
    docs: {
      description: "Disallow importing modules the host did not list",
      rationale: "An import names code and capabilities (`node:fs`, a package, a file); only the modules the host listed in `modules` are offered, everything else is refused before the program runs.",
      runtimeTwin: "the module linker (src/modules/link.ts) resolves specifiers only against the listed modules and refuses any other",
    },
    messages: {
      unlisted: "module {{specifier}} is not one of the modules this sandbox offers",
    },
    hints: {
      unlisted: "list it in the sandbox's `modules` option, as a host namespace or as guest source",
    },
  },
  create(context) {
    const check = (node: AnyNode & { source?: Literal | null }) => {
      if (!node.source) return;
      const specifier = String(node.source.value);
      if (!context.policy.modules?.has(specifier)) context.report({ node: node.source, messageId: "unlisted", data: { specifier: JSON.stringify(specifier) } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
});
