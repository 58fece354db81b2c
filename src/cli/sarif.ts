/**
 * Why: `ringfence check --format sarif` lets code-scanning tools show sandbox diagnostics next to the
 * code (SARIF 2.1.0, one run, one result per diagnostic, rules described from their metadata).
 */
import type { Diagnostic } from "../diagnostic.js";
import { rules } from "../../rules/index.js";

/** `fileOf`: the file each diagnostic's range is in (module mode: a guest module's own file). */
export function toSarif(fileOf: (d: Diagnostic) => string, diagnostics: readonly Diagnostic[]): object {
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [{
      tool: {
        driver: {
          name: "ringfence",
          rules: Object.entries(rules).map(([id, rule]) => ({ id, shortDescription: { text: rule.meta.docs.description }, fullDescription: { text: rule.meta.docs.rationale } })),
        },
      },
      results: diagnostics.map((d) => ({
        ruleId: d.ruleId,
        level: "error",
        message: { text: d.hint ? `${d.message} (hint: ${d.hint})` : d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: fileOf(d) }, region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn } } }],
      })),
    }],
  };
}
