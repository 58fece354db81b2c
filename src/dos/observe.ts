/**
 * Why: the child and the suite must describe an outcome the same way, as plain JSON: what a call
 * returned or threw (error class, code, budget kind, guest error name), never the error object itself,
 * and never a huge value (a memory attempt can return a 16 MB string).
 */
import type { BudgetKind, Expected } from "./corpus.js";

export interface Observed {
  readonly kind: "budget" | "refused" | "guest-error" | "value" | "sandbox-error" | "raw-throw";
  readonly budget?: BudgetKind;
  /** The guest's error name (guest-error) or the thrown error's class name. */
  readonly name?: string;
  readonly code?: string;
  /** The error message or a description of the value, cut short. */
  readonly text: string;
  /** The value, when it is small enough to print. */
  readonly value?: unknown;
}

const MAX_TEXT = 300;

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}... (${text.length} chars)` : text;
}

export function observeValue(value: unknown): Observed {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json !== undefined && json.length <= MAX_TEXT) return { kind: "value", text: json, value };
  return { kind: "value", text: json === undefined ? `${typeof value} (not JSON)` : cut(json) };
}

export function observeError(error: unknown): Observed {
  if (typeof error !== "object" || error === null) return { kind: "raw-throw", text: cut(String(error)) };
  const { name, code, message, budget, guestName } = error as { name?: unknown; code?: unknown; message?: unknown; budget?: unknown; guestName?: unknown };
  const text = cut(typeof message === "string" ? message : "");
  const className = typeof name === "string" ? name : "unknown";
  if (typeof code !== "string" || !code.startsWith("SANDBOX_")) return { kind: "raw-throw", name: className, text };
  if (code === "SANDBOX_BUDGET") return { kind: "budget", budget: budget as BudgetKind, name: className, code, text };
  if (code === "SANDBOX_POLICY") return { kind: "refused", name: className, code, text };
  if (code === "SANDBOX_GUEST") return { kind: "guest-error", name: typeof guestName === "string" ? guestName : "unknown", code, text };
  return { kind: "sandbox-error", name: className, code, text };
}

/** Does what happened match one of the outcomes the attempt's header expects? */
export function matches(observed: Observed, expected: readonly Expected[]): boolean {
  return expected.some((e) => {
    if (e.kind !== observed.kind) return false;
    if (e.kind === "budget") return observed.budget === e.budget;
    if (e.kind === "guest-error") return e.name === undefined || observed.name === e.name;
    if (e.kind === "value") return "value" in observed && JSON.stringify(observed.value) === JSON.stringify(e.value);
    if (e.kind === "sandbox-error") return observed.code === e.code;
    return true;
  });
}

export function describeExpected(expected: readonly Expected[]): string {
  return expected
    .map((e) => {
      if (e.kind === "budget") return `budget ${e.budget}`;
      if (e.kind === "guest-error") return `guest-error${e.name ? ` ${e.name}` : ""}`;
      if (e.kind === "value") return `value ${JSON.stringify(e.value)}`;
      if (e.kind === "sandbox-error") return `sandbox-error ${e.code}`;
      return e.kind;
    })
    .join(" or ");
}

export function describeObserved(observed: Observed): string {
  const what = observed.kind === "budget" ? `budget ${observed.budget}` : observed.kind === "value" ? "value" : `${observed.kind}${observed.name ? ` ${observed.name}` : ""}`;
  return `${what}: ${observed.text}`;
}
