/**
 * `import.meta` exposes host facts (the module's URL, resolve functions) to guest code.
 */
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "capability",
    docs: {
      description: "Disallow `import.meta`",
      rationale: "`import.meta` carries host information such as file URLs and resolvers; guest modules get none.",
      runtimeTwin: "scripts cannot contain import.meta at all; the parser refuses it outside modules",
    },
    messages: { unexpectedImportMeta: "`import.meta` is not allowed" },
  },
  create(context) {
    return {
      MetaProperty(node) {
        if (node.meta.name === "import") context.report({ node, messageId: "unexpectedImportMeta" });
      },
    };
  },
});
