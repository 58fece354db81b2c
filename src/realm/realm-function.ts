/**
 * Why: the realm's helpers (throwers, stack formatter, object factories) must be functions *of the
 * realm*, so nothing the guest can reach through them is a host object. This compiles a small source
 * in the realm; the realm refuses code generation from strings, but compiling through node:vm is the
 * host's privilege and is unaffected.
 */
import vm from "node:vm";

export function realmFunction<T>(context: vm.Context, source: string, params: readonly string[] = [], ...args: unknown[]): T {
  return vm.compileFunction(`"use strict";\n${source}`, [...params], { parsingContext: context })(...args) as T;
}
