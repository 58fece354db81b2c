/**
 * `with (o) { x }` resolves `x` against `o` at run time, so neither a rule nor the rewriter can know
 * what `x` names. Strict mode already forbids it; this rule names the refusal so the user sees why.
 */
import { defineRule } from "../src/validate/rule.js";

export default defineRule({
  meta: {
    category: "escape",
    docs: {
      description: "Disallow `with` statements",
      rationale: "`with` makes name lookup dynamic, which defeats the static name checks and the guards inserted by the rewriter.",
      runtimeTwin: "guest code always compiles in strict mode, where `with` is a syntax error",
    },
    messages: { unexpectedWith: "`with` statements are not allowed: they make name lookup dynamic" },
    hints: { unexpectedWith: "refer to the object's properties explicitly, e.g. `o.x`" },
  },
  create(context) {
    return {
      WithStatement(node) { context.report({ node, messageId: "unexpectedWith" }); },
    };
  },
});
