/**
 * Why: the step budget is charged where unbounded work can begin - every loop iteration and every
 * function entry - so no guest code runs long without passing a tick. The tick is a guard call with
 * the site of the loop or function, so a budget error says which one ran away.
 *
 *   while (c) s              ->  while (c) { $rf_tick(site); s }
 *   function f() { ... }     ->  function f() { $rf_tick(site); ... }
 *   (x) => x * 2             ->  (x) => { $rf_tick(site); return x * 2; }
 *   static { ... }           ->  static { $rf_tick(site); ... }
 *   x = f();  (class field)  ->  x = ($rf_tick(site), f());
 *   await p                  ->  $rf_resume(await p, site)
 * Class fields and static blocks run at construction and class definition with no function entry of
 * their own, so a class whose field constructs the class again would otherwise recurse unmetered. A
 * field whose value is itself a function or class is left alone: defining one is constant work, its
 * own entry ticks, and wrapping it would lose the name the field gives it.
 * An async function resumed by a promise job re-enters in the middle of its body, not at its entry:
 * the resumption is charged as a step, so a run that is over (or out of budget) ends there too.
 */
import type { AnyNode, AwaitExpression, Statement } from "acorn";
import { GUARD_NAMES } from "../reserved.js";
import { block, call, identifier, literal, statement } from "../nodes.js";
import type { SiteTable } from "../sites.js";

function tick(node: AnyNode, sites: SiteTable): Statement {
  return statement(call(GUARD_NAMES.tick, [literal(sites.add(node))]));
}

export function chargeLoop(loop: { body: Statement } & AnyNode, sites: SiteTable): void {
  if (loop.body.type === "BlockStatement") loop.body.body.unshift(tick(loop, sites));
  else loop.body = block([tick(loop, sites), loop.body]);
}

export function chargeStaticBlock(block: AnyNode & { body: Statement[] }, sites: SiteTable): void {
  block.body.unshift(tick(block, sites));
}

export function chargeField(field: AnyNode & { value?: AnyNode | null }, sites: SiteTable): void {
  const value = field.value;
  if (!value || value.type === "ArrowFunctionExpression" || value.type === "FunctionExpression" || value.type === "ClassExpression") return;
  field.value = { type: "SequenceExpression", expressions: [call(GUARD_NAMES.tick, [literal(sites.add(field))]), value], start: 0, end: 0 } as AnyNode;
}

export function chargeFunction(fn: AnyNode & { body: AnyNode; expression?: boolean }, sites: SiteTable): void {
  if (fn.body.type === "BlockStatement") {
    fn.body.body.unshift(tick(fn, sites));
    return;
  }
  const returned = { type: "ReturnStatement", argument: fn.body, start: 0, end: 0 } as Statement;
  fn.body = block([tick(fn, sites), returned]);
  fn.expression = false;
}

export function chargeResume(node: AwaitExpression, sites: SiteTable): void {
  const site = literal(sites.add(node));
  const awaited = { type: "AwaitExpression", argument: node.argument, start: node.start, end: node.end, loc: node.loc };
  const resumed = node as unknown as Record<string, unknown>;
  delete resumed.argument;
  Object.assign(resumed, { type: "CallExpression", callee: identifier(GUARD_NAMES.resume), arguments: [awaited, site], optional: false });
}
