/**
 * Why: a script's result is its completion value, as `eval` would return it. Expression statements
 * outside functions store their value in a completion variable; statements whose completion is
 * `undefined` when they produce none (if, loops, switch, try) reset it first, following the spec's
 * UpdateEmpty rule. `finally` blocks do not contribute, as in the spec.
 *
 *   1; if (x) { 2 }   ->  $rf_c = 1; $rf_c = void 0; if (x) { $rf_c = 2; }
 */
import type { Statement } from "acorn";
import { GUARD_NAMES } from "../reserved.js";
import { assign, isGenerated, statement, undefinedValue } from "../nodes.js";

export function trackCompletion(body: Statement[]): void {
  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    if (resetsCompletion(node)) {
      body.splice(i, 0, statement(assign(GUARD_NAMES.completion, undefinedValue())));
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
      node.expression = assign(GUARD_NAMES.completion, node.expression);
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
      if (node.handler) trackCompletion(node.handler.body.body);
      return;
    default:
      return;
  }
}

/** Tracks a statement in a single-statement position (an if branch, a loop body). */
function single(node: Statement): Statement {
  const list = [node];
  trackCompletion(list);
  return list.length === 1 ? list[0]! : ({ type: "BlockStatement", body: list, start: 0, end: 0 } as Statement);
}
