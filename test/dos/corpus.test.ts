/**
 * Why: the DoS corpus is only proof if it is complete and every file says what it expects. This
 * checks the shape of the corpus, not the sandbox (dos.test.ts does that).
 */
import { describe, expect, it } from "vitest";
import { FAMILIES, readDosCorpus } from "../../src/dos/corpus.js";
import { CORPUS_DIR } from "./paths.js";

const MIN_ATTEMPTS = 40;
const MIN_PER_FAMILY = 5;
/** A timeout short enough that a 25% overrun is visible, long enough that scheduling noise is not. */
const TIMEOUT_RANGE_MS = [300, 500] as const;
const corpus = readDosCorpus(CORPUS_DIR);

describe("the DoS corpus", () => {
  it(`has at least ${MIN_ATTEMPTS} attempts`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_ATTEMPTS);
  });

  it("numbers its files 0001, 0002, ... without gaps or duplicates", () => {
    expect(corpus.map((a) => a.number)).toEqual(corpus.map((_, i) => i + 1));
  });

  it.each(FAMILIES.map((f) => [f]))(`has at least ${MIN_PER_FAMILY} attempts in family %s`, (family) => {
    expect(corpus.filter((a) => a.family === family).length).toBeGreaterThanOrEqual(MIN_PER_FAMILY);
  });

  it("covers the worker sandbox and the async API", () => {
    expect(corpus.some((a) => a.config?.runIn === "worker")).toBe(true);
    expect(corpus.some((a) => a.api === "evaluateAsync" && a.config?.runIn !== "worker")).toBe(true);
  });

  it.each(corpus.map((a) => [a.name, a] as const))("%s has a complete, valid header", (_name, attempt) => {
    expect(attempt.problems).toEqual([]);
    expect(attempt.vector.length).toBeGreaterThan(10);
    expect(attempt.expect.length).toBeGreaterThan(0);
    const timeoutMs = attempt.config!.limits.timeoutMs;
    expect(timeoutMs).toBeGreaterThanOrEqual(TIMEOUT_RANGE_MS[0]);
    expect(timeoutMs).toBeLessThanOrEqual(TIMEOUT_RANGE_MS[1]);
  });
});
