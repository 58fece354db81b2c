/**
 * Why: diagnostics are data (rule id, message id, exact range in the user's source), collected all at
 * once like a linter's, so an editor can underline every problem and a test can assert positions.
 * Lines and columns are 1-based, as editors show them.
 */
export interface Diagnostic {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly hint?: string;
  /** Module mode: the guest source module (its specifier) whose text the range is in; absent for the program itself. */
  readonly module?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.line}:${d.column}  ${d.ruleId}  ${d.message}${d.hint ? ` (hint: ${d.hint})` : ""}`;
}
