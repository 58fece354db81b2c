/**
 * `<!--` and `-->` start comments in scripts but are operators in modules: a parser differential that
 * has hidden code from filters (SES rejects them for this reason). The rewriter never emits comments,
 * but the user's source should not depend on which grammar reads it.
 */
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow HTML-like comments (`<!--` and `-->`)",
      rationale: "HTML-like comments parse differently in scripts and modules; code that means two things to two parsers can slip past one of them.",
      runtimeTwin: "src/rewrite/emit.ts compiles only the regenerated code, which never contains comments",
    },
    messages: { htmlComment: "HTML-like comments are not allowed" },
    hints: { htmlComment: "use // or /* */ comments; write `a < !--b` with spaces if you meant operators" },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.htmlComments) context.report({ node: comment, messageId: "htmlComment" });
      },
    };
  },
});
