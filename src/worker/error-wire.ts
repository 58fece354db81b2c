/**
 * Why: a SandboxError thrown in the worker must reach the caller as the same class with the same
 * fields, and structured cloning keeps neither (an Error comes back as a plain Error). So it crosses as
 * data - class name, message, own fields - and is rebuilt on the host from a fixed table of classes.
 * Fields are copied generically, so a field added to an error class later crosses without changes here.
 * Anything else thrown in the worker is a ringfence failure and crosses as a SANDBOX_WORKER error.
 */
import {
  SandboxAccessError, SandboxBudgetError, SandboxCopyError, SandboxError, SandboxGuestError, SandboxOptionsError,
  SandboxPolicyError, SandboxSyntaxError,
} from "../errors.js";

export interface WireError {
  readonly className: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

const CLASSES: ReadonlyMap<string, typeof SandboxError> = new Map(
  [SandboxError, SandboxSyntaxError, SandboxPolicyError, SandboxAccessError, SandboxBudgetError, SandboxGuestError, SandboxOptionsError, SandboxCopyError]
    .map((Class) => [Class.name, Class as typeof SandboxError]),
);

/** Worker side. */
export function toWire(error: unknown): WireError {
  if (error instanceof SandboxError) return { className: error.constructor.name, message: error.message, fields: { ...error } };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { className: "SandboxError", message: `the worker failed: ${detail}`, fields: { name: "SandboxError", code: "SANDBOX_WORKER", weakened: [] } };
}

/** Worker side, when the error's data cannot be cloned (a thrown value the clone refuses): the same error without it. */
export function withCloneableFields(wire: WireError): WireError {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire.fields)) {
    try {
      structuredClone(value);
      fields[key] = value;
    } catch {
      // left out: the caller gets the error without this field
    }
  }
  return { ...wire, fields };
}

/** Host side. Defines (never assigns) the fields, so a `__proto__` key stays a plain field. */
export function fromWire(wire: WireError): SandboxError {
  const Class = CLASSES.get(wire.className) ?? SandboxError;
  const error = Reflect.construct(Error, [wire.message], Class) as SandboxError;
  for (const [key, value] of Object.entries(wire.fields)) {
    Object.defineProperty(error, key, { value, writable: true, enumerable: true, configurable: true });
  }
  Error.captureStackTrace(error, fromWire);
  return error;
}
