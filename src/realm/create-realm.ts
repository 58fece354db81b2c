/**
 * Why: one realm per Sandbox, created and locked down once (a context costs milliseconds; freezing its
 * intrinsics more). Options that matter for safety: the realm refuses code generation from strings
 * and WebAssembly unless the harden layer is off, and its promise jobs never run on their own
 * ("afterEvaluate"), so nothing the guest schedules runs after a synchronous run has returned.
 */
import vm from "node:vm";
import { lockdown, type LockdownResult, type RealmConfig } from "./lockdown.js";

export interface Realm<H> extends LockdownResult<H> {
  readonly context: vm.Context;
  /** The realm's global object (the context's global proxy). */
  readonly global: object;
}

export function createRealm<H>(config: RealmConfig, capture: (context: vm.Context) => H): Realm<H> {
  const context = vm.createContext(Object.create(null), {
    name: "ringfence",
    codeGeneration: { strings: !config.harden, wasm: !config.harden },
    microtaskMode: "afterEvaluate",
  });
  const realmGlobal = vm.runInContext("globalThis", context) as object;
  return { context, global: realmGlobal, ...lockdown(context, realmGlobal, config, capture) };
}
