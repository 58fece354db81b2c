/**
 * Why: a `catch` is where guest code gets hold of values it did not create. The catch guard first
 * rethrows if the run is already over (budget exhausted or an access refused: guest code cannot
 * swallow either), then - with the guards layer on - replaces anything born outside the realm, such
 * as a host error that slipped through, with a realm error carrying only its name and message.
 *
 *   catch (e) { s }          ->  catch (e) { e = $rf_catch(e); s }
 *   catch ({ message }) { s } ->  catch ($rf_e) { let { message } = $rf_catch($rf_e); s }
 *   catch { s }              ->  catch ($rf_e) { $rf_catch($rf_e); s }
 */
import type { CatchClause, Pattern, Statement } from "acorn";
import { GUARD_NAMES } from "../reserved.js";
import { assign, call, identifier, statement } from "../nodes.js";

export function guardCatch(clause: CatchClause): void {
  const param = clause.param;
  if (param?.type === "Identifier") {
    clause.body.body.unshift(statement(assign(param.name, call(GUARD_NAMES.catch, [identifier(param.name)]))));
    return;
  }
  clause.param = identifier(GUARD_NAMES.caught);
  const guarded = call(GUARD_NAMES.catch, [identifier(GUARD_NAMES.caught)]);
  clause.body.body.unshift(param ? declare(param, guarded) : statement(guarded));
}

function declare(pattern: Pattern, init: ReturnType<typeof call>): Statement {
  return {
    type: "VariableDeclaration", kind: "let", start: 0, end: 0,
    declarations: [{ type: "VariableDeclarator", id: pattern, init, start: 0, end: 0 }],
  } as Statement;
}
