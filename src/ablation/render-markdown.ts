/**
 * Why: the generated half of docs/ablation.md - the same tables as the terminal (./tables.ts), by
 * family and by file, and the meaning of every tripwire kind. Only data from the matrix goes in (no
 * date, no timings, no machine), so regenerating it on an unchanged tree gives the same bytes.
 */
import type { Matrix } from "./matrix.js";
import { TABLES, familyCell, fileCell, totalCell } from "./tables.js";

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function header(labels: readonly string[], numeric: number): string[] {
  return [row(labels), row(labels.map((_, i) => (i === numeric ? "---:" : "---")))];
}

export function renderMarkdown(matrix: Matrix): string {
  const lines: string[] = [`## By family`, ""];
  for (const { title, columns } of TABLES) {
    lines.push(`### ${title}`, "", ...header(["family", "files", ...columns.map(([label]) => label)], 1));
    for (const family of matrix.families) lines.push(row([family.family, String(family.files.length), ...columns.map(([, c]) => familyCell(family, c))]));
    lines.push(row(["**total**", String(matrix.files.length), ...columns.map(([, c]) => totalCell(matrix, c))]), "");
  }
  lines.push(`## By file`, "");
  for (const { title, columns } of TABLES) {
    lines.push(`### ${title}`, "", ...header(["file", "family", ...columns.map(([label]) => label)], -1));
    for (const file of matrix.files) lines.push(row([`\`${file.file}\``, file.family, ...columns.map(([, c]) => fileCell(file, c))]));
    lines.push("");
  }
  lines.push(`## Tripwire kinds, gravest first`, "", ...header(["kind", "what fired"], -1));
  for (const kind of matrix.kinds) lines.push(row([`\`${kind.name}\``, kind.meaning]));
  return `${lines.join("\n")}\n`;
}
