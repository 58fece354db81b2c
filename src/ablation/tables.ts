/**
 * Why: fourteen configurations side by side are too wide to read, so every view of the matrix shows
 * two tables of eight columns, weakest to strongest: all off and each layer alone, then each layer
 * left out and all on. A family cell says how many of its files got through and the gravest kind
 * among them; a file cell says the gravest kind; a total row counts the corpus's files that got through. The text and the Markdown views share these choices.
 */
import { ALL_OFF, ALL_ON, allBut, only } from "./configurations.js";
import { LAYER_NAMES } from "./corpus.js";
import { BLOCKED } from "./kinds.js";
import type { FamilyRow, FileRow, Matrix } from "./matrix.js";

export interface Table {
  readonly title: string;
  /** Column label and the configuration it shows. */
  readonly columns: ReadonlyArray<readonly [label: string, config: string]>;
}

export const TABLES: readonly Table[] = [
  { title: "all off, then each layer alone (only that layer on)", columns: [[ALL_OFF.name, ALL_OFF.name], ...LAYER_NAMES.map((l) => [l, only(l).name] as const)] },
  { title: "each layer left out (every other layer on), then all on", columns: [...LAYER_NAMES.map((l) => [l, allBut(l).name] as const), [ALL_ON.name, ALL_ON.name]] },
];

export function familyCell(row: FamilyRow, config: string): string {
  const cell = row.results[config]!;
  return cell.escaped === 0 ? BLOCKED : `${cell.escaped} ${cell.kinds[0]}`;
}

export function fileCell(row: FileRow, config: string): string {
  const cell = row.results[config]!;
  return cell.blocked ? BLOCKED : cell.kinds[0]!;
}

/** How many files of the whole corpus got through. */
export function totalCell(matrix: Matrix, config: string): string {
  const through = matrix.files.filter((f) => !f.results[config]!.blocked).length;
  return through === 0 ? BLOCKED : String(through);
}
