/**
 * Why: callers must tell failures apart without parsing messages, and without `instanceof` across
 * realms. Every failure is one class with an explicit `name` and a stable `code`; the table of codes
 * says what each means and what to do about it. Guest-caused problems always end up as one of these.
 */
import type { Diagnostic } from "./diagnostic.js";
import { formatDiagnostic } from "./diagnostic.js";

export type ErrorCode = "SANDBOX_SYNTAX" | "SANDBOX_POLICY" | "SANDBOX_ACCESS" | "SANDBOX_BUDGET" | "SANDBOX_GUEST" | "SANDBOX_OPTIONS" | "SANDBOX_COPY" | "SANDBOX_WORKER";

export const ERROR_CODES = Object.freeze({
  SANDBOX_SYNTAX: { summary: "The source is not valid JavaScript (strict mode).", remedy: "Fix the syntax error at the reported line and column." },
  SANDBOX_POLICY: { summary: "The source uses syntax or names the sandbox refuses.", remedy: "Each diagnostic names a rule; read its message and hint, and rewrite that part." },
  SANDBOX_ACCESS: { summary: "A runtime guard refused a property access the static rules could not see.", remedy: "Do not reach for the refused key (constructor, __proto__, ...); use the data you were given." },
  SANDBOX_BUDGET: { summary: "The guest ran out of steps, time or memory (a size cap, or the worker's heap).", remedy: "Make the code do less work, or raise the limit the error names (limits.steps, limits.timeoutMs, limits.maxStringLength, limits.memoryMb ...)." },
  SANDBOX_GUEST: { summary: "The guest code threw an exception.", remedy: "Read the guest's error name, message and location." },
  SANDBOX_OPTIONS: { summary: "The sandbox options are invalid.", remedy: "Check the option named in the message against the documented options." },
  SANDBOX_COPY: { summary: "A value could not cross the sandbox boundary.", remedy: "Pass and return plain data (objects, arrays, primitives, Date, Map, Set, RegExp, typed arrays, errors)." },
  SANDBOX_WORKER: { summary: "The worker thread a run was in stopped for a reason other than a limit: the sandbox was closed, or the worker failed.", remedy: "Do not close a sandbox while its runs are under way; any other cause is a ringfence bug: please report it." },
} as const satisfies Record<ErrorCode, { summary: string; remedy: string }>);

export type Layer = "validator" | "guards" | "whitelist" | "freeze" | "harden" | "isolation";

export class SandboxError extends Error {
  override name = "SandboxError";
  /** Layers that were switched off when this happened; empty for a full-strength sandbox. */
  weakened: readonly Layer[] = [];
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export class SandboxSyntaxError extends SandboxError {
  override name = "SandboxSyntaxError";
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super("SANDBOX_SYNTAX", diagnostics.map(formatDiagnostic).join("\n"));
  }
}

export class SandboxPolicyError extends SandboxError {
  override name = "SandboxPolicyError";
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super("SANDBOX_POLICY", `${diagnostics.length} policy violation${diagnostics.length === 1 ? "" : "s"}:\n${diagnostics.map(formatDiagnostic).join("\n")}`);
  }
}

export interface SourceLocation {
  readonly line: number;
  readonly column: number;
  /** Module mode: the guest module the location is in; absent for the program itself. */
  readonly module?: string;
}

export class SandboxAccessError extends SandboxError {
  override name = "SandboxAccessError";
  constructor(readonly key: string, readonly location: SourceLocation | undefined, detail: string) {
    super("SANDBOX_ACCESS", `${at(location)}access to ${JSON.stringify(key)} refused: ${detail}`);
  }
}

export type BudgetKind = "steps" | "time" | "memory";

export class SandboxBudgetError extends SandboxError {
  override name = "SandboxBudgetError";
  constructor(readonly budget: BudgetKind, readonly location: SourceLocation | undefined, detail: string) {
    super("SANDBOX_BUDGET", `${at(location)}${detail}`);
  }
}

export class SandboxGuestError extends SandboxError {
  override name = "SandboxGuestError";
  constructor(
    readonly guestName: string,
    readonly guestMessage: string,
    readonly location: SourceLocation | undefined,
    /** The thrown value copied out as data, when it could be. */
    readonly thrown: unknown,
  ) {
    super("SANDBOX_GUEST", `${at(location)}${guestName}: ${guestMessage}`);
  }
  get line(): number | undefined { return this.location?.line; }
  get column(): number | undefined { return this.location?.column; }
}

export class SandboxOptionsError extends SandboxError {
  override name = "SandboxOptionsError";
  constructor(message: string) {
    super("SANDBOX_OPTIONS", message);
  }
}

/** A value could not be copied across the boundary; `path` says where in the value. */
export class SandboxCopyError extends SandboxError {
  override name = "SandboxCopyError";
  constructor(readonly path: string, detail: string) {
    super("SANDBOX_COPY", `${path}: ${detail}`);
  }
}

function at(location: SourceLocation | undefined): string {
  return location ? `${location.module === undefined ? "" : `module ${JSON.stringify(location.module)} `}line ${location.line}:${location.column}: ` : "";
}
