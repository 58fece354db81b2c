/**
 * Why: helpers shared by rules. The forbidden-key rules all look at the same places a property key can
 * be written - member access, object literal and destructuring keys (shorthand too), class member
 * names, the left of `in`, and string arguments of calls such as `Reflect.get(o, "constructor")` -
 * so that logic lives here once. Names arrive decoded (acorn resolves `\u0063onstructor`).
 */
import type { AnyNode, Expression, PrivateIdentifier, Super, SpreadElement } from "acorn";
import type { RuleVisitors } from "../src/validate/rule.js";
import { FORBIDDEN_KEYS } from "../src/guards/forbidden-keys.js";

/** The key's name when the source spells it statically, else undefined. */
function staticKeyName(key: Expression | PrivateIdentifier | Super | SpreadElement | AnyNode, computed: boolean): string | undefined {
  if (!computed) {
    if (key.type === "Identifier") return key.name;
    if (key.type === "Literal") return String(key.value);
    return undefined;
  }
  return staticString(key);
}

/** The value of a string or number literal, or of a template literal without substitutions. */
function staticString(node: AnyNode): string | undefined {
  if (node.type === "Literal" && (typeof node.value === "string" || typeof node.value === "number")) return String(node.value);
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The forbidden keys whose static twin is this rule. */
export function keysOfRule(ruleId: string): ReadonlySet<string> {
  return new Set([...FORBIDDEN_KEYS].filter(([, id]) => id === ruleId).map(([key]) => key));
}

/** Visitors reporting every static spelling of one of `keys` in a key position. */
export function forbiddenKeyVisitors(keys: ReadonlySet<string>, report: (node: AnyNode, key: string) => void): RuleVisitors {
  const check = (node: AnyNode, computed: boolean) => {
    const name = staticKeyName(node, computed);
    if (name !== undefined && keys.has(name)) report(node, name);
  };
  return {
    MemberExpression(node) { check(node.property, node.computed); },
    Property(node) { check(node.key, node.computed); },
    MethodDefinition(node) { if (node.kind !== "constructor") check(node.key, node.computed); },
    PropertyDefinition(node) { check(node.key, node.computed); },
    BinaryExpression(node) { if (node.operator === "in") check(node.left, true); },
    CallExpression(node) { for (const arg of node.arguments) check(arg, true); },
    NewExpression(node) { for (const arg of node.arguments) check(arg, true); },
  };
}
