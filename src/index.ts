/**
 * Why: the public API and nothing else. Everything not exported here is internal and may change.
 */
import type { Diagnostic } from "./diagnostic.js";
import { Sandbox, type CompileOptions } from "./sandbox.js";
import type { SandboxOptions } from "./options.js";

export { Sandbox, type CompileOptions } from "./sandbox.js";
export type { Program } from "./program.js";
export type { Explanation, Stopper } from "./explain.js";
export { withCallbacks } from "./membrane/callbacks.js";
export { whatIfLayerOff, type WhatIf } from "./ablation/what-if.js";
export type { SandboxOptions, Limits, Mode, BuiltinsPreset, RunIn } from "./options.js";
export { DEFAULTS, LAYERS } from "./options.js";
export type { Diagnostic } from "./diagnostic.js";
export { formatDiagnostic } from "./diagnostic.js";
export {
  ERROR_CODES, SandboxError, SandboxSyntaxError, SandboxPolicyError, SandboxAccessError, SandboxBudgetError,
  SandboxGuestError, SandboxOptionsError, SandboxCopyError,
  type ErrorCode, type Layer, type BudgetKind, type SourceLocation,
} from "./errors.js";

/** One-shot evaluation with default options (or the ones given). */
export function evaluate(source: string, inputs: Readonly<Record<string, unknown>> = {}, options: SandboxOptions = {}): unknown {
  return new Sandbox(options).evaluate(source, inputs);
}

/** One-shot check: every diagnostic for `source`, without running it. */
export function check(source: string, options: SandboxOptions & CompileOptions = {}): Diagnostic[] {
  const { inputs, ...sandboxOptions } = options;
  return new Sandbox(sandboxOptions).check(source, inputs ? { inputs } : {});
}
