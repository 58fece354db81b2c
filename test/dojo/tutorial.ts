/**
 * Why: docs/escape-tutorial.md is tested, so it is read here as data: its runnable samples
 * (```js dojo level=N expect=escaped|held [escape]), its code excerpts (```ts excerpt=level-N), and the
 * table of every escape against every level. Anything malformed throws, so a typo in the page fails
 * the suite instead of silently dropping a check.
 */
import { readFileSync } from "node:fs";
import { ROOT } from "./built.js";

export type Expectation = "escaped" | "held";

export interface Sample {
  readonly line: number;
  readonly level: number;
  readonly expect: Expectation;
  /** The block is the level's escape file, src/dojo/escapes/level-N.js, verbatim. */
  readonly escape: boolean;
  readonly code: string;
}

export interface Excerpt { readonly line: number; readonly level: number; readonly code: string }

export interface MatrixRow { readonly file: string; readonly outcomes: readonly Expectation[] }

export const TUTORIAL = readFileSync(`${ROOT}docs/escape-tutorial.md`, "utf8");

const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm;

function lineOf(index: number): number {
  return TUTORIAL.slice(0, index).split("\n").length;
}

function attributes(info: string, line: number, allowed: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const token of info.trim().split(/\s+/).filter(Boolean)) {
    const [name, value = ""] = token.split("=");
    if (!allowed.includes(name!)) throw new Error(`line ${line}: unknown fence attribute ${token}`);
    found.set(name!, value);
  }
  return found;
}

function blocks(): { lang: string; info: string; code: string; line: number }[] {
  return [...TUTORIAL.matchAll(FENCE)].map((m) => ({ lang: m[1]!, info: m[2]!, code: m[3]!, line: lineOf(m.index) }));
}

export function readSamples(): Sample[] {
  return blocks().filter((b) => b.lang === "js").map(({ info, code, line }) => {
    const a = attributes(info, line, ["dojo", "level", "expect", "escape"]);
    const level = Number(a.get("level"));
    const expect = a.get("expect");
    if (!a.has("dojo") || !Number.isInteger(level) || (expect !== "escaped" && expect !== "held")) throw new Error(`line ${line}: a js block needs "dojo level=N expect=escaped|held"`);
    return { line, level, expect, escape: a.has("escape"), code };
  });
}

export function readExcerpts(): Excerpt[] {
  return blocks().filter((b) => b.lang === "ts" && b.info.trim() !== "").map(({ info, code, line }) => {
    const level = /^level-(\d)$/.exec(attributes(info, line, ["excerpt"]).get("excerpt") ?? "")?.[1];
    if (level === undefined) throw new Error(`line ${line}: an excerpt needs excerpt=level-N`);
    return { line, level: Number(level), code };
  });
}

export function readMatrix(): MatrixRow[] {
  const start = TUTORIAL.indexOf("<!-- dojo-matrix");
  if (start < 0) throw new Error("the tutorial has no <!-- dojo-matrix --> table");
  const lines = TUTORIAL.slice(start).split("\n").slice(1);
  const table = lines.slice(0, lines.findIndex((l) => !l.startsWith("|")));
  const cellsOf = (row: string) => row.split("|").slice(1, -1).map((c) => c.replace(/[`*]/g, "").trim());
  if (cellsOf(table[0] ?? "").join() !== "escape,0,1,2,3,4,5,6") throw new Error("the matrix header must be: escape, 0 to 6");
  return table.slice(2).map((row) => {
    const [file, ...cells] = cellsOf(row);
    const outcomes = cells.map((c) => { if (c !== "escaped" && c !== "held") throw new Error(`matrix cell ${JSON.stringify(c)}`); return c; });
    return { file: file!, outcomes };
  });
}
