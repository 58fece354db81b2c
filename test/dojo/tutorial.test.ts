/**
 * Why: the tutorial's claims are tested, not just written. Every sample in docs/escape-tutorial.md runs
 * against the level it names through the dojo runner (a permission-restricted child process) and must
 * end as the text says; each escape block is its level's escape file verbatim; each code excerpt is
 * really in its level's source; and level 6 - ringfence - holds against every sample the page calls an
 * escape, whichever level it was written for.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT, runner } from "./built.js";
import { readExcerpts, readSamples } from "./tutorial.js";

const samples = readSamples();
const escapeFile = (level: number) => readFileSync(`${ROOT}src/dojo/escapes/level-${level}.js`, "utf8");

describe("docs/escape-tutorial.md", () => {
  it("has samples for every level, and one escape block for each of levels 0 to 5, equal to its escape file", () => {
    for (let level = 0; level < runner.LEVEL_TITLES.length; level++) {
      expect(samples.filter((s) => s.level === level).length, `samples for level ${level}`).toBeGreaterThan(0);
      const escapes = samples.filter((s) => s.level === level && s.escape);
      if (level === 6) { expect(escapes).toEqual([]); continue; }
      expect(escapes, `escape blocks for level ${level}`).toHaveLength(1);
      expect(escapes[0]!.expect).toBe("escaped");
      expect(escapes[0]!.code).toBe(escapeFile(level));
    }
  });

  it.each(readExcerpts().map((e) => [e.line, e] as const))("the excerpt at line %i is in its level's source", (_line, excerpt) => {
    const source = readFileSync(`${ROOT}src/dojo/levels/level-${excerpt.level}.ts`, "utf8").split("\n").map((l) => l.trim());
    let at = 0;
    for (const line of excerpt.code.split("\n").map((l) => l.trim()).filter((l) => l !== "" && l !== "// ...")) {
      const found = source.indexOf(line, at);
      expect(found, `not found in order: ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});

describe("every sample ends as the tutorial says", () => {
  it.each(samples.map((s) => [s.line, s.level, s.expect, s] as const))("line %i on level %i: %s", (_line, _level, _expect, sample) => {
    const report = runner.runInDojo(sample.level, sample.code);
    expect(report.verdict, JSON.stringify(report)).toBe(sample.expect);
    // A held sample was held by the level, not lost to a crash or a hang (those count as escapes anyway).
    expect(["value", "threw"]).toContain(report.outcome);
  });
});

describe("level 6 holds against every escape in the tutorial", () => {
  const escapes = samples.filter((s, i) => s.expect === "escaped" && samples.findIndex((t) => t.code === s.code) === i);
  it.each(escapes.map((s) => [s.line, s] as const))("the escape at line %i", (_line, sample) => {
    const report = runner.runInDojo(6, sample.code);
    expect(report, JSON.stringify(report)).toMatchObject({ verdict: "held", tripwires: [] });
  });
});
