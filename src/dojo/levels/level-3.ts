/**
 * Why: dojo level 3 - read-only globals. As level 2, but the scope and every whitelisted builtin are
 * frozen, so the attempt can no longer replace `Math.max` for the host. Freezing is shallow: the
 * prototypes behind the builtins stay shared with the host and writable, and a same-realm sandbox cannot
 * freeze them without freezing its own host. Teaching code: run it only through the dojo runner.
 */
import { runInScope, whitelisted } from "./level-2.js";

/** Freezes `names` and each object or function in it (one level: not their prototypes). */
export function freezeAll(names: Record<string, unknown>): Record<string, unknown> {
  for (const value of Object.values(names)) if ((typeof value === "object" && value !== null) || typeof value === "function") Object.freeze(value);
  return Object.freeze(names);
}

export function run(source: string): unknown {
  return runInScope(source, freezeAll(whitelisted()));
}
