/**
 * Why: for people learning how sandboxes are escaped, "it threw" teaches nothing. `explain` runs code
 * with the sandbox as configured and says what stopped it and where: the rules that refused it (with
 * positions), the key a guard refused, the budget that ran out, the tamed intrinsic it ran into, the
 * frozen object it tried to change, the name the whitelist does not bind - or that it completed. It
 * only classifies what already happened; it changes nothing about how the code runs.
 */
import type { Diagnostic } from "./diagnostic.js";
import {
  SandboxAccessError, SandboxBudgetError, SandboxCopyError, SandboxError, SandboxGuestError, SandboxPolicyError,
  SandboxSyntaxError, type Layer, type SourceLocation,
} from "./errors.js";

/** What stopped the code: a layer, the budget, the parser - or nothing (the guest's own error). */
export type Stopper = Layer | "harden or freeze" | "budget" | "parser" | "guest";

export interface Explanation {
  readonly outcome: "completed" | "stopped";
  /** The result, when the code completed. */
  readonly value?: unknown;
  readonly stoppedBy?: Stopper;
  /** Why, in one sentence. */
  readonly reason?: string;
  readonly location?: SourceLocation;
  /** Every static diagnostic (syntax or rule), with rule id and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The key a runtime guard refused. */
  readonly refusedKey?: string;
  /** Tamed intrinsics the code called (e.g. the Function constructor). */
  readonly tamedIntrinsics: readonly string[];
  readonly error?: { readonly name: string; readonly code: string; readonly message: string };
  /** Layers that were off: a weakened sandbox explains what a weakened sandbox did. */
  readonly weakened: readonly Layer[];
}

export function explainOutcome(run: () => unknown, touched: readonly string[], weakened: readonly Layer[]): Explanation {
  const base = { weakened, tamedIntrinsics: [] as string[], diagnostics: [] as Diagnostic[] };
  try {
    const value = run();
    return { ...base, tamedIntrinsics: tamedNames(touched), outcome: "completed", value };
  } catch (error) {
    if (!(error instanceof SandboxError)) throw error;
    const tamedIntrinsics = tamedNames(touched);
    const stopped = { ...base, tamedIntrinsics, outcome: "stopped" as const, error: { name: error.name, code: error.code, message: error.message } };
    return { ...stopped, ...classify(error, tamedIntrinsics) };
  }
}

function classify(error: SandboxError, tamed: readonly string[]): Partial<Explanation> {
  if (error instanceof SandboxPolicyError) {
    const rules = [...new Set(error.diagnostics.map((d) => d.ruleId))];
    return { stoppedBy: "validator", reason: `refused before running by ${rules.join(", ")}`, diagnostics: error.diagnostics, ...at(error.diagnostics[0]) };
  }
  if (error instanceof SandboxSyntaxError) return { stoppedBy: "parser", reason: "not valid strict-mode JavaScript", diagnostics: error.diagnostics, ...at(error.diagnostics[0]) };
  if (error instanceof SandboxAccessError) return { stoppedBy: "guards", reason: `the key guard refused ${JSON.stringify(error.key)}, a key computed at run time`, refusedKey: error.key, ...loc(error.location) };
  if (error instanceof SandboxBudgetError) return { stoppedBy: "budget", reason: `the ${error.budget} budget ran out in the loop or function here`, ...loc(error.location) };
  if (error instanceof SandboxCopyError) return { stoppedBy: "isolation", reason: `the membrane refused to copy ${error.path}` };
  if (error instanceof SandboxGuestError) return classifyGuestError(error, tamed);
  return { stoppedBy: "guest", reason: error.message };
}

function classifyGuestError(error: SandboxGuestError, tamed: readonly string[]): Partial<Explanation> {
  const where = loc(error.location);
  if (tamed.length > 0 && /cannot create functions from strings/.test(error.guestMessage)) {
    return { stoppedBy: "harden", reason: `${tamed[tamed.length - 1]} is tamed: it cannot turn strings into code`, ...where };
  }
  if (/not extensible|read.only|Cannot (add|assign|delete|define)|frozen/.test(error.guestMessage)) {
    return { stoppedBy: "harden or freeze", reason: `a frozen object refused the change (${error.guestMessage})`, ...where };
  }
  if (error.guestName === "ReferenceError" && /is not defined/.test(error.guestMessage)) {
    return { stoppedBy: "whitelist", reason: `the name is not bound in the sandbox (${error.guestMessage})`, ...where };
  }
  return { stoppedBy: "guest", reason: `the code threw ${error.guestName}: ${error.guestMessage}`, ...where };
}

function tamedNames(touched: readonly string[]): string[] {
  return [...new Set(touched.map((name) => name.split("%").join("")))];
}

function at(d: Diagnostic | undefined): Partial<Explanation> {
  return d ? { location: { line: d.line, column: d.column } } : {};
}

function loc(location: SourceLocation | undefined): Partial<Explanation> {
  return location ? { location } : {};
}
