/**
 * Why: the rewriter's guards are lexical bindings with one reserved prefix. Guest code must never be
 * able to bind, shadow or name them (RestrictedPython CVE-2026-55830, vm2 GHSA-wp5r), so
 * rules/no-reserved-identifier refuses the prefix everywhere, on the decoded name.
 */
export const RESERVED_PREFIX = "$rf_";

export const GUARD_NAMES = Object.freeze({
  key: "$rf_key",
  tick: "$rf_tick",
  resume: "$rf_resume",
  catch: "$rf_catch",
  completion: "$rf_c",
  savedCompletion: "$rf_f",
  caught: "$rf_e",
  // Size guards (src/guards/size-guards.ts, src/rewrite/transforms/size.ts).
  str: "$rf_str",
  mul: "$rf_mul",
  pow: "$rf_pow",
  shl: "$rf_shl",
  update: "$rf_update",
  spread: "$rf_spread",
  // Module mode (src/modules/, src/rewrite/transforms/module.ts).
  modules: "$rf_m",
  hostModules: "$rf_h",
  namespace: "$rf_ns",
  defaultExport: "$rf_d",
} as const);

/** Module mode: the run's input number `index`, as the parameter only the program's own module function receives. */
export function inputParameter(index: number): string {
  return `${RESERVED_PREFIX}i${index}`;
}

/** True for the names inputParameter makes (the emit gate lets exactly these and GUARD_NAMES through). */
export function isInputParameter(name: string): boolean {
  const prefix = `${RESERVED_PREFIX}i`;
  if (!name.startsWith(prefix)) return false;
  const index = Number(name.slice(prefix.length));
  return Number.isSafeInteger(index) && index >= 0 && inputParameter(index) === name;
}

export function isReservedName(name: string): boolean {
  return name.startsWith(RESERVED_PREFIX);
}
