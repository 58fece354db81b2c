/**
 * `import(x)` loads code by a run-time string, around any module whitelist, and hands back a promise.
 */
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "capability",
    docs: {
      description: "Disallow dynamic `import()`",
      rationale: "Dynamic import loads modules chosen at run time, bypassing the import whitelist (SES censors it for the same reason).",
      runtimeTwin: "the realm is compiled without a dynamic-import hook, so import() rejects",
    },
    messages: { unexpectedImport: "dynamic `import()` is not allowed" },
  },
  create(context) {
    return {
      ImportExpression(node) { context.report({ node, messageId: "unexpectedImport" }); },
    };
  },
});
