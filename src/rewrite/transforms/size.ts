/**
 * Why: the runtime twin of the allocation caps for what is syntax, not a builtin call. Size guards
 * (src/guards/size-guards.ts) go around the operations that can grow a value without bound:
 *
 *   a + b, `${a}${b}`       ->  $rf_str(a + b, site)            (checked after: cons strings are O(1))
 *   s += x, o.p += x        ->  $rf_str(s += x, site)
 *   a * b, a ** b, a << b   ->  $rf_mul(a, b, site) ...          (BigInt: checked BEFORE computing)
 *   x *= y, o.p *= y        ->  x = $rf_mul(x, y, site); o.p = $rf_mul(o.p, y, site)
 *   f().p *= y, o[g()] *= y ->  $rf_update(f(), "p", 0, () => y, site)
 *   [...x], f(...x)         ->  [...$rf_spread(x, site)]
 *   const [...r] = x        ->  const [...r] = $rf_spread(x, site)
 *
 * Speed: a guard on every `+` would tax all arithmetic, so an operation is left alone where an operand
 * is provably small: a literal (a short string at most), or the result of an operator that never
 * yields a long string (unary operators, `++`, arithmetic and comparisons). Growth by such an operand
 * is additive - a few characters, or a BigInt's digits, per operation - and so bounded by the step
 * and time budgets; doubling needs two unbounded operands. For BigInts only literals are small: `*`
 * by a literal grows additively, `<<` by a literal up to 64 too, and `**` or `<<` with a number literal
 * operand throws; an arithmetic result (`x * (x - 1n)`) or `1n << (2n ** 29n)` stays guarded.
 * Compound assignment to a plain name or to a member of a plain name (or this) with a static key reads
 * and writes the target once, exactly as the compound form does.
 */
import type { AnyNode, Expression } from "acorn";
import { call, literal } from "../nodes.js";
import { GUARD_NAMES } from "../reserved.js";
import { RewriteRefusal } from "../rewrite.js";
import type { SiteTable } from "../sites.js";
import { walk } from "../../validate/walk.js";

/** Longest string literal that counts as small. */
const SMALL_STRING = 256;

type BigIntGuard = typeof GUARD_NAMES.mul | typeof GUARD_NAMES.pow | typeof GUARD_NAMES.shl;
const GROWING_BIGINT: Readonly<Record<string, BigIntGuard>> = Object.freeze({ "*": GUARD_NAMES.mul, "**": GUARD_NAMES.pow, "<<": GUARD_NAMES.shl });
/** $rf_update's operation argument (the order of OPERATIONS in size-guards.ts). */
const UPDATE_INDEX: Readonly<Record<BigIntGuard, number>> = Object.freeze({ [GUARD_NAMES.mul]: 0, [GUARD_NAMES.pow]: 1, [GUARD_NAMES.shl]: 2 });

/** Its string form is short: growth by it is additive and bounded by the budget. */
function isSmall(node: AnyNode): boolean {
  switch (node.type) {
    case "Literal": return typeof node.value !== "string" || node.value.length <= SMALL_STRING;
    case "TemplateLiteral": return node.expressions.length === 0 && (node.quasis[0]?.value.cooked ?? "").length <= SMALL_STRING;
    case "UnaryExpression": case "UpdateExpression": return true;
    case "BinaryExpression": return node.operator !== "+";
    default: return false;
  }
}

function smallBigIntLiteral(node: AnyNode, max: bigint): boolean {
  return node.type === "Literal" && (typeof node.value !== "bigint" || node.value <= max);
}

/** A literal that is not a BigInt: `**` or `<<` with it never produces a large BigInt (mixing throws). */
function nonBigIntLiteral(node: AnyNode): boolean {
  return node.type === "Literal" && typeof node.value !== "bigint";
}

/**
 * Only literals count as small here: an arithmetic result (`x - 1n`) can be as large as its operands,
 * so `x * (x - 1n)` squares, and `1n << (2n ** 29n)` shifts by a huge amount from a small literal.
 */
function needsBigIntGuard(operator: string, left: AnyNode, right: AnyNode): boolean {
  switch (operator) {
    case "*": return !(left.type === "Literal" || right.type === "Literal");
    case "**": return !(nonBigIntLiteral(left) || nonBigIntLiteral(right) || smallBigIntLiteral(right, 1n));
    case "<<": return !(nonBigIntLiteral(left) || smallBigIntLiteral(right, 64n));
    default: return false;
  }
}

/** Turns `node` itself into `callee(...args)`: the parent keeps pointing at the same object. */
function becomeCall(node: AnyNode, callee: string, args: Expression[]): void {
  const loc = node.loc;
  for (const key of Object.keys(node)) if (key !== "loc") delete (node as unknown as Record<string, unknown>)[key];
  Object.assign(node, call(callee, args, loc ?? undefined));
}

function copy(node: AnyNode): Expression {
  return { ...node } as Expression;
}

export function guardBinary(node: AnyNode & { operator: string; left: AnyNode; right: AnyNode }, sites: SiteTable): void {
  if (node.operator === "+") {
    if (!isSmall(node.left) && !isSmall(node.right)) becomeCall(node, GUARD_NAMES.str, [copy(node), literal(sites.add(node))]);
    return;
  }
  const guard = GROWING_BIGINT[node.operator];
  if (guard && needsBigIntGuard(node.operator, node.left, node.right)) becomeCall(node, guard, [node.left as Expression, node.right as Expression, literal(sites.add(node))]);
}

export function guardTemplate(node: AnyNode & { expressions: AnyNode[] }, parent: AnyNode | undefined, sites: SiteTable): void {
  if (parent?.type === "TaggedTemplateExpression") return;
  if (node.expressions.filter((e) => !isSmall(e)).length < 2) return;
  becomeCall(node, GUARD_NAMES.str, [copy(node), literal(sites.add(node))]);
}

type Assignment = AnyNode & { operator: string; left: AnyNode; right: AnyNode };

export function guardAssignment(node: Assignment, sites: SiteTable): void {
  if (node.operator === "+=") {
    if (!isSmall(node.right)) becomeCall(node, GUARD_NAMES.str, [copy(node), literal(sites.add(node))]);
    return;
  }
  const operator = node.operator.slice(0, -1);
  const guard = GROWING_BIGINT[operator];
  if (!guard || !needsBigIntGuard(operator, node.left, node.right)) return;
  const site = literal(sites.add(node));
  if (isPlainTarget(node.left)) {
    node.operator = "=";
    node.right = call(guard, [copy(node.left), node.right as Expression, site], node.loc ?? undefined);
    return;
  }
  const member = node.left as AnyNode & { object: AnyNode; property: AnyNode; computed: boolean };
  if (member.type !== "MemberExpression" || member.object.type === "Super" || member.property.type === "PrivateIdentifier") {
    throw new RewriteRefusal(node, `${node.operator} on this target is not supported: write it as x = x ${operator} y`);
  }
  refuseSuspension(node.right);
  const key = member.computed ? (member.property as Expression) : literal((member.property as { name: string }).name);
  const thunk = { type: "ArrowFunctionExpression", id: null, params: [], body: node.right, expression: true, generator: false, async: false, start: 0, end: 0 } as unknown as Expression;
  becomeCall(node, GUARD_NAMES.update, [member.object as Expression, key, literal(UPDATE_INDEX[guard]), thunk, site]);
}

/** A name, or a member of a name, `this` or `super` with a key that reading twice cannot change. */
function isPlainTarget(target: AnyNode): boolean {
  if (target.type === "Identifier") return true;
  if (target.type !== "MemberExpression") return false;
  const object = target.object.type;
  if (object !== "Identifier" && object !== "ThisExpression" && object !== "Super") return false;
  return !target.computed || target.property.type === "Literal";
}

/** The right-hand side moves into an arrow function, where `yield` and `await` mean something else. */
function refuseSuspension(node: AnyNode): void {
  walk(node, {
    enter(inner) {
      if (inner.type === "YieldExpression" || inner.type === "AwaitExpression") throw new RewriteRefusal(inner, "yield and await are not supported in the right-hand side of this compound assignment: assign to a local first");
    },
  });
}

export function guardSpread(node: AnyNode & { argument: AnyNode }, parent: AnyNode | undefined, sites: SiteTable): void {
  if (parent?.type === "ObjectExpression") return;
  node.argument = call(GUARD_NAMES.spread, [node.argument as Expression, literal(sites.add(node))], node.loc ?? undefined);
}

/** `const [a, ...rest] = x`: the rest element collects everything the iterator yields. */
export function guardRestDeclarator(node: AnyNode & { id: AnyNode; init?: AnyNode | null }, sites: SiteTable): void {
  if (!node.init || node.id.type !== "ArrayPattern" || !node.id.elements.some((e) => e?.type === "RestElement")) return;
  node.init = call(GUARD_NAMES.spread, [node.init as Expression, literal(sites.add(node))], node.loc ?? undefined);
}

