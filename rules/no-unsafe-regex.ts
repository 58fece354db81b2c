/**
 * Disallow regular expressions the sandbox would refuse to run: nested too deep for V8's regexp
 * compiler, or with nested quantifiers that V8's linear-time engine cannot take over (ReDoS). The
 * decision is src/realm/regexp-pattern-scan.ts, shared with the realm, which makes the same check
 * before any regexp runs; this rule only says so early, at the literal.
 */
import type { AnyNode, CallExpression, NewExpression } from "acorn";
import { defineRule } from "../src/validate/rule.js";
import { scanRegExpPattern } from "../src/realm/regexp-pattern-scan.js";

/** A string literal or a template without substitutions, else undefined. */
function staticText(node: AnyNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export default defineRule({
  meta: {
    category: "resource",
    docs: {
      description: "Disallow regular expressions that could hang or crash the host",
      rationale: "A regular expression runs natively, outside the step and time budget: a pattern that backtracks catastrophically (`(a+)+$`) hangs the host, and one nested thousands of groups deep aborts the process while V8 compiles it.",
      runtimeTwin: "src/realm/tame-regexp.ts makes the same check (src/realm/regexp-pattern-scan.ts) at every regexp execution entry point, for regexps made from strings too, and throws the guest a SyntaxError",
    },
    messages: { unsafeRegex: "the regular expression /{{pattern}}/{{flags}} is refused: it {{reason}}" },
    hints: { unsafeRegex: "make the repeated part unambiguous (`(a+)+` is `a+`), drop the flag that keeps V8's linear engine out (i, u, v, d) or the lookaround/backreference, or split the work into simpler patterns" },
  },
  create(context) {
    const check = (node: AnyNode, pattern: string, flags: string) => {
      const reason = scanRegExpPattern(pattern, flags);
      if (reason === undefined) return;
      const shown = pattern.length > 40 ? `${pattern.slice(0, 40)}...` : pattern;
      context.report({ node, messageId: "unsafeRegex", data: { pattern: shown, flags, reason } });
    };
    const checkConstruction = (node: CallExpression | NewExpression) => {
      if (node.callee.type !== "Identifier" || node.callee.name !== "RegExp") return;
      if (!(context.scope.free.get("RegExp") ?? []).includes(node.callee)) return;
      const pattern = staticText(node.arguments[0]);
      const flags = node.arguments.length > 1 ? staticText(node.arguments[1]) : "";
      if (pattern !== undefined && flags !== undefined) check(node, pattern, flags);
    };
    return {
      Literal(node) {
        if ("regex" in node && node.regex !== undefined) check(node, node.regex.pattern, node.regex.flags);
      },
      NewExpression: checkConstruction,
      CallExpression: checkConstruction,
    };
  },
});
