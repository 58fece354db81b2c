/**
 * Why: two small decisions every boundary crossing shares. Primitives other than symbols cross as they
 * are; everything else goes through the membrane. And whatever fails while host code reads or copies a
 * value, the caller of the public API only ever sees a SandboxError.
 */
import { SandboxCopyError, SandboxError } from "../errors.js";

export function needsCopy(value: unknown): boolean {
  return (typeof value === "object" && value !== null) || typeof value === "function" || typeof value === "symbol";
}

export function asCopyError(error: unknown, path: string): SandboxError {
  return error instanceof SandboxError ? error : new SandboxCopyError(path, `could not be copied (${error instanceof Error ? error.message : "unknown failure"})`);
}
