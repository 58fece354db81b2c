/**
 * Why: the ablation matrix as data - every corpus file under every configuration (./configurations.ts),
 * each configuration in its own child process (./pool.ts), then folded per family. The text, the
 * JSON and docs/ablation.md are all views of this one value, and it holds nothing that changes from
 * run to run (no timings, sorted by file), so the generated document is reproducible.
 */
import { availableParallelism } from "node:os";
import type { Outcome } from "./attempt.js";
import { CONFIGURATIONS, type AblationConfig } from "./configurations.js";
import type { CorpusFile } from "./corpus.js";
import { familyOf } from "./families.js";
import { KINDS, kindsOf } from "./kinds.js";
import { mapLimit } from "./parallel.js";
import { runConfig, type Runner } from "./pool.js";

export interface FileCell {
  readonly blocked: boolean;
  /** Tripwire kinds that fired, gravest first (./kinds.ts). */
  readonly kinds: readonly string[];
  readonly outcome: Outcome;
  readonly detail: string;
  readonly tripwires: readonly string[];
}

export interface FileRow {
  readonly file: string;
  readonly family: string;
  /** By configuration name. */
  readonly results: Readonly<Record<string, FileCell>>;
}

export interface FamilyCell {
  /** How many of the family's files got through. */
  readonly escaped: number;
  readonly kinds: readonly string[];
}

export interface FamilyRow {
  readonly family: string;
  readonly files: readonly string[];
  readonly results: Readonly<Record<string, FamilyCell>>;
}

export interface Matrix {
  readonly configurations: readonly AblationConfig[];
  readonly kinds: ReadonlyArray<{ readonly name: string; readonly meaning: string }>;
  readonly families: readonly FamilyRow[];
  readonly files: readonly FileRow[];
  /** Child processes that had to be replaced, by configuration (a crash is also a cell). */
  readonly restarts: Readonly<Record<string, readonly string[]>>;
}

/** Two or three children at a time: enough to use a small machine, not enough to starve it. */
const PARALLEL = Math.max(1, Math.min(3, availableParallelism()));

export async function runMatrix(runner: Runner, corpus: readonly CorpusFile[]): Promise<Matrix> {
  const sorted = [...corpus].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const runs = await mapLimit(CONFIGURATIONS, PARALLEL, (config) => runConfig(runner, config, sorted.map((f) => f.name)));
  const files: FileRow[] = sorted.map((file) => ({
    file: file.name,
    family: familyOf(file),
    results: Object.fromEntries(runs.map(({ config, verdicts }) => {
      const verdict = verdicts.get(file.name);
      if (!verdict) throw new Error(`ablation: no verdict for ${file.name} under "${config.name}"`);
      const kinds = kindsOf(verdict);
      return [config.name, { blocked: kinds.length === 0, kinds, outcome: verdict.outcome, detail: verdict.detail, tripwires: verdict.tripwires }];
    })),
  }));
  return {
    configurations: CONFIGURATIONS,
    kinds: KINDS.map(({ name, meaning }) => ({ name, meaning })),
    families: foldFamilies(files),
    files,
    restarts: Object.fromEntries(runs.map(({ config, restarts }) => [config.name, restarts])),
  };
}

function foldFamilies(files: readonly FileRow[]): FamilyRow[] {
  const families = [...new Set(files.map((f) => f.family))].sort();
  return families.map((family) => {
    const members = files.filter((f) => f.family === family);
    const results = Object.fromEntries(CONFIGURATIONS.map(({ name }) => {
      const cells = members.map((f) => f.results[name]!);
      const fired = new Set(cells.flatMap((c) => c.kinds));
      return [name, { escaped: cells.filter((c) => !c.blocked).length, kinds: KINDS.map((k) => k.name).filter((k) => fired.has(k)) }];
    }));
    return { family, files: members.map((f) => f.file), results };
  });
}
