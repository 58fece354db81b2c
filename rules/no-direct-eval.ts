/**
 * Direct `eval(s)` compiles a string in the caller's scope: unvalidated, unrewritten code that can see
 * the wrapper's guard parameters. The sandbox has no evaluator at all; this rule says so early.
 */
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "capability",
    docs: {
      description: "Disallow calls to `eval`",
      rationale: "A direct eval runs text that never went through the validator or the rewriter, in a scope that holds the guards.",
      runtimeTwin: "src/realm/lockdown.ts removes eval from the realm, and the realm refuses code generation from strings",
    },
    messages: { unexpectedEval: "`eval` is not available in the sandbox" },
    hints: { unexpectedEval: "compute the value directly; JSON.parse reads data" },
  },
  create(context) {
    return {
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "eval") context.report({ node: node.callee, messageId: "unexpectedEval" });
      },
    };
  },
});
