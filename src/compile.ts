/**
 * Why: the compiled program is a closure built once: an outer function, compiled in the realm, whose
 * parameters are the guards and the names the program takes from outside (builtins, endowments), and
 * which returns the inner function a run calls with the inputs. Every name the guest can see is
 * therefore a lexical binding - none is a property of any global object - and the whole body is
 * strict. Only the emitted (regenerated) code is compiled, never the user's text.
 */
import vm from "node:vm";
import { GUARD_NAMES } from "./rewrite/reserved.js";
import { GUEST_FILENAME } from "./realm/tame-error-stack.js";
import type { Guards } from "./guards/make-guards.js";

/** The wrapper puts this many lines before the emitted code. */
export const WRAPPER_LINES = 1;

export interface Bindings {
  readonly names: readonly string[];
  readonly values: readonly unknown[];
}

export function compileInRealm(context: vm.Context, code: string, guards: Guards, bound: Bindings, inputNames: readonly string[]): (...inputs: unknown[]) => unknown {
  const body = `"use strict"; return function (${inputNames.join(", ")}) { let ${GUARD_NAMES.completion};\n${code}\nreturn ${GUARD_NAMES.completion};\n};`;
  const params = [GUARD_NAMES.key, GUARD_NAMES.tick, GUARD_NAMES.catch, ...bound.names];
  const outer = vm.compileFunction(body, params, { parsingContext: context, filename: GUEST_FILENAME });
  return outer(guards.$rf_key, guards.$rf_tick, guards.$rf_catch, ...bound.values) as (...inputs: unknown[]) => unknown;
}
