/**
 * Why: a `catch` is where guest code gets hold of values it did not create. The catch guard first
 * rethrows if the run is already over (budget exhausted or an access refused: guest code cannot
 * swallow either), then - with the guards layer on - replaces anything born outside the realm, such
 * as a host error that slipped through, with a realm error carrying only its name and message.
 *
 *   catch (e) { s }          ->  catch (e) { e = $rf_catch(e); s }
 *   catch ({ message }) { s } ->  catch ($rf_e) { let { message } = $rf_catch($rf_e); { s } }
 *   catch { s }              ->  catch ($rf_e) { $rf_catch($rf_e); s }
 * A destructured parameter's defaults are evaluated before the catch block exists, so the block's
 * own declarations move into an inner block where the defaults cannot see them.
 */
import type { CatchClause, Pattern, Statement } from "acorn";
import { GUARD_NAMES } from "../reserved.js";
import { assign, block, call, identifier, statement } from "../nodes.js";

export function guardCatch(clause: CatchClause): void {
  const param = clause.param;
  if (param?.type === "Identifier") {
    clause.body.body.unshift(statement(assign(param.name, call(GUARD_NAMES.catch, [identifier(param.name)]))));
    return;
  }
  clause.param = identifier(GUARD_NAMES.caught);
  const guarded = call(GUARD_NAMES.catch, [identifier(GUARD_NAMES.caught)]);
  if (!param) {
    clause.body.body.unshift(statement(guarded));
    return;
  }
  clause.body.body = [declare(param, guarded), block(clause.body.body)];
}

function declare(pattern: Pattern, init: ReturnType<typeof call>): Statement {
  return {
    type: "VariableDeclaration", kind: "let", start: 0, end: 0,
    declarations: [{ type: "VariableDeclarator", id: pattern, init, start: 0, end: 0 }],
  } as Statement;
}
