/**
 * Why: a script's result is its completion value, as `eval` would return it. Expression statements
 * outside functions store their value in a completion variable; statements whose completion is
 * `undefined` when they produce none (if, loops, switch, try) reset it first, following the spec's
 * UpdateEmpty rule. A catch block starts from `undefined` again. A `finally` block's value counts only
 * when it ends abruptly (break, continue): its value is tracked, and restored to the try's value when it
 * ends normally.
 *
 *   1; if (x) { 2 }            ->  $rf_c = 1; $rf_c = void 0; if (x) { $rf_c = 2; }
 *   try { 2 } finally { 3 }    ->  try { $rf_c = 2; } finally { const $rf_f = $rf_c; $rf_c = void 0; $rf_c = 3; $rf_c = $rf_f; }
 */
import type { Expression, Statement } from "acorn";
import { GUARD_NAMES } from "../reserved.js";
import { assign, identifier, isGenerated, literal, statement, undefinedValue } from "../nodes.js";

/**
 * At a program's top level nothing can jump over a statement (`break` needs a label, `return` is not
 * allowed), so an expression statement there always sets the completion value when reached: nothing
 * before the last one needs tracking. This keeps the store out of loops whose value is overwritten.
 */
export function trackProgramCompletion(body: Statement[]): void {
  let last = body.length - 1;
  while (last >= 0 && body[last]!.type !== "ExpressionStatement") last--;
  trackCompletion(body, Math.max(last, 0));
}

export function trackCompletion(body: Statement[], from = 0): void {
  for (let i = from; i < body.length; i++) {
    const node = body[i]!;
    if (resetsCompletion(node)) {
      body.splice(i, 0, reset());
      i++;
    }
    trackStatement(node);
  }
}

function resetsCompletion(node: Statement): boolean {
  switch (node.type) {
    case "IfStatement": case "ForStatement": case "ForInStatement": case "ForOfStatement": case "WhileStatement":
    case "DoWhileStatement": case "SwitchStatement": case "TryStatement":
      return true;
    case "LabeledStatement":
      return resetsCompletion(node.body);
    default:
      return false;
  }
}

function trackStatement(node: Statement): void {
  switch (node.type) {
    case "ExpressionStatement":
      if (isGenerated(node)) return;
      node.expression = assign(GUARD_NAMES.completion, anonymous(node.expression));
      delete (node as { directive?: string }).directive;
      return;
    case "BlockStatement": trackCompletion(node.body); return;
    case "IfStatement":
      node.consequent = single(node.consequent);
      if (node.alternate) node.alternate = single(node.alternate);
      return;
    case "ForStatement": case "ForInStatement": case "ForOfStatement": case "WhileStatement": case "DoWhileStatement":
      node.body = single(node.body);
      return;
    case "LabeledStatement":
      // The label must keep labelling the loop itself, or `continue label` stops compiling.
      trackStatement(node.body);
      return;
    case "SwitchStatement": for (const c of node.cases) trackCompletion(c.consequent); return;
    case "TryStatement":
      trackCompletion(node.block.body);
      if (node.handler) {
        trackCompletion(node.handler.body.body);
        // After the catch guard, which the rewriter always puts first: it must run before anything else.
        node.handler.body.body.splice(1, 0, reset());
      }
      if (node.finalizer) trackFinally(node.finalizer.body);
      return;
    default:
      return;
  }
}

/**
 * `$rf_c = class {}` would name the class "$rf_c" (assignment gives anonymous functions and classes the
 * target's name); `$rf_c = (0, class {})` keeps it anonymous, as the statement was.
 */
function anonymous(expression: Expression): Expression {
  const unnamed = expression.type === "ArrowFunctionExpression" || ((expression.type === "FunctionExpression" || expression.type === "ClassExpression") && !expression.id);
  if (!unnamed) return expression;
  return { type: "SequenceExpression", expressions: [literal(0), expression], start: 0, end: 0 } as Expression;
}

function reset(): Statement {
  return statement(assign(GUARD_NAMES.completion, undefinedValue()));
}

function trackFinally(body: Statement[]): void {
  trackCompletion(body);
  const save = {
    type: "VariableDeclaration", kind: "const", start: 0, end: 0,
    declarations: [{ type: "VariableDeclarator", id: identifier(GUARD_NAMES.savedCompletion), init: identifier(GUARD_NAMES.completion), start: 0, end: 0 }],
  } as Statement;
  body.unshift(save, reset());
  body.push(statement(assign(GUARD_NAMES.completion, identifier(GUARD_NAMES.savedCompletion))));
}

/** Tracks a statement in a single-statement position (an if branch, a loop body). */
function single(node: Statement): Statement {
  const list = [node];
  trackCompletion(list);
  return list.length === 1 ? list[0]! : ({ type: "BlockStatement", body: list, start: 0, end: 0 } as Statement);
}
