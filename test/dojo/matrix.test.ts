/**
 * Why: the tutorial's table of every escape against every level is a claim per cell: each level's
 * escape works on its own level, is stopped on exactly the levels the table marks "held", and never
 * gets through level 6. Each cell runs the escape file through the dojo runner in a
 * permission-restricted child process.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT, runner } from "./built.js";
import { readMatrix } from "./tutorial.js";

const matrix = readMatrix();

describe("the tutorial's escape matrix", () => {
  it("has a row for each escape file, level-0.js to level-5.js, with a cell per level", () => {
    expect(matrix.map((row) => row.file)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `level-${n}.js`));
    for (const row of matrix) expect(row.outcomes).toHaveLength(runner.LEVEL_TITLES.length);
  });

  it("claims that each escape breaks its own level and none breaks level 6", () => {
    matrix.forEach((row, level) => {
      expect(row.outcomes[level], row.file).toBe("escaped");
      expect(row.outcomes[6], row.file).toBe("held");
    });
  });

  const cells = matrix.flatMap((row) => row.outcomes.map((outcome, level) => [row.file, level, outcome] as const));
  it.each(cells)("%s on level %i: %s", (file, level, outcome) => {
    const report = runner.runInDojo(level, readFileSync(`${ROOT}src/dojo/escapes/${file}`, "utf8"));
    expect(report.verdict, JSON.stringify(report)).toBe(outcome);
  });
});
