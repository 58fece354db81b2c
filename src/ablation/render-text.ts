/**
 * Why: what `ringfence escapes` prints in a terminal - the matrix by family as two aligned tables
 * (./tables.ts), a total row, and the child processes that had to be replaced (a crash is news).
 */
import { BLOCKED } from "./kinds.js";
import type { Matrix } from "./matrix.js";
import { TABLES, familyCell, totalCell, type Table } from "./tables.js";

function align(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd());
}

function table(matrix: Matrix, { title, columns }: Table): string {
  const rows = [
    ["family", "files", ...columns.map(([label]) => label)],
    ...matrix.families.map((row) => [row.family, String(row.files.length), ...columns.map(([, config]) => familyCell(row, config))]),
    ["total", String(matrix.files.length), ...columns.map(([, config]) => totalCell(matrix, config))],
  ];
  return [title, ...align(rows)].join("\n");
}

export function renderText(matrix: Matrix): string {
  const head = `escape corpus: ${matrix.files.length} files in ${matrix.families.length} families; a cell is "${BLOCKED}" or how many files got through and the gravest tripwire that fired`;
  const restarts = Object.entries(matrix.restarts).flatMap(([config, list]) => list.map((r) => `child restarted under ${config}: ${r}`));
  return [head, ...TABLES.map((t) => table(matrix, t)), ...(restarts.length > 0 ? [restarts.join("\n")] : [])].join("\n\n");
}
