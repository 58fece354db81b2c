/**
 * Why: a guest source module's diagnostics are located in that module's own text, so each message
 * says which module it is about.
 */
import { SandboxPolicyError, SandboxSyntaxError } from "../errors.js";

export function inModule(specifier: string, error: SandboxPolicyError | SandboxSyntaxError): SandboxPolicyError | SandboxSyntaxError {
  const diagnostics = error.diagnostics.map((d) => ({ ...d, message: `in module ${JSON.stringify(specifier)}: ${d.message}` }));
  return error instanceof SandboxPolicyError ? new SandboxPolicyError(diagnostics) : new SandboxSyntaxError(diagnostics);
}
