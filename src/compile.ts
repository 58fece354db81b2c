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

/** The wrapper puts this many lines before the emitted code. */
export const WRAPPER_LINES = 1;

export interface Bindings {
  readonly names: readonly string[];
  readonly values: readonly unknown[];
}

/** `guards` maps each guard's reserved name ($rf_...) to its realm function; all are bound, used or not. */
export function compileInRealm(context: vm.Context, code: string, guards: Readonly<Record<string, unknown>>, bound: Bindings, inputNames: readonly string[], async = false): (...inputs: unknown[]) => unknown {
  const body = `"use strict"; return ${async ? "async " : ""}function (${inputNames.join(", ")}) { let ${GUARD_NAMES.completion};\n${code}\nreturn ${GUARD_NAMES.completion};\n};`;
  const guardNames = Object.keys(guards);
  const outer = vm.compileFunction(body, [...guardNames, ...bound.names], { parsingContext: context, filename: GUEST_FILENAME });
  return outer(...guardNames.map((name) => guards[name]), ...bound.values) as (...inputs: unknown[]) => unknown;
}
