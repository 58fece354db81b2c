/**
 * Why: a guest source module's diagnostics are located in that module's own text, so each message
 * says which module it is about and each diagnostic names it in `module`.
 */
import { SandboxPolicyError, SandboxSyntaxError } from "../errors.js";

export function inModule(specifier: string, error: SandboxPolicyError | SandboxSyntaxError): SandboxPolicyError | SandboxSyntaxError {
  const diagnostics = error.diagnostics.map((d) => ({ ...d, module: specifier, message: `in module ${JSON.stringify(specifier)}: ${d.message}` }));
  return error instanceof SandboxPolicyError ? new SandboxPolicyError(diagnostics) : new SandboxSyntaxError(diagnostics);
}
