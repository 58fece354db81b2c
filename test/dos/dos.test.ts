/**
 * Why: the DoS corpus (test/dos/corpus/NNNN-*.js) is the proof that resource limits hold. Every
 * attempt runs in its own child process (src/dos/run.ts), because one that works takes its host down
 * or keeps it busy; the child reports what happened and src/dos/judge.ts decides whether the sandbox
 * stopped it: alive, expected outcome, within timeoutMs x 1.25, usable afterwards, idle, bounded RSS.
 *
 * Attempts the sandbox does not stop yet are listed in KNOWN_UNSTOPPED and run as `it.fails`: the test
 * still asserts "stopped", so a fix turns it red until the entry is removed.
 * Timing on a small, shared machine is noisy: an attempt that failed only the wall-clock checks
 * (elapsed, timer lag, a follow-up run out of time) is run again alone, up to twice, and judged by its
 * last run.
 * RINGFENCE_DOS_TABLE=1 prints one line per attempt (outcome, ms, RSS).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDosCorpus } from "../../src/dos/corpus.js";
import { describeObserved } from "../../src/dos/observe.js";
import { problems, timingProblems } from "../../src/dos/judge.js";
import { runDosCorpus, type ChildEnd } from "../../src/dos/run.js";
import { CHILD, CORPUS_DIR } from "./paths.js";

const corpus = readDosCorpus(CORPUS_DIR);
const ends = new Map<string, ChildEnd>();
/** Attempts that failed only the wall-clock checks, and were run again alone (up to LATE_RETRIES times). */
const LATE_RETRIES = 2;
const retried = new Set<string>();
let suiteMs = 0;

/**
 * Attempts the sandbox does not stop yet, with the reason. Each runs as `it.fails`; fixing one turns its
 * test red until the entry is removed. The two left are documented non-claims (SECURITY.md).
 */
const KNOWN_UNSTOPPED: ReadonlyMap<string, string> = new Map<string, string>([
  // SECURITY.md non-claim: a worker stuck in a long builtin keeps a core busy until it returns. The run
  // fails in time, but close() waits for the builtin too, and the process cannot exit meanwhile.
  ["0017-worker-long-native-call.js", "a terminated worker finishes its builtin first: close() and process exit wait minutes"],
  // SECURITY.md non-claim: in this thread a single long native call is not interrupted.
  ["0018-array-like-native-call.js", "in this thread one native call over a huge array-like runs to completion"],
]);

describe("every DoS attempt is stopped (one child process each)", () => {
  beforeAll(async () => {
    const started = performance.now();
    const options = { child: CHILD, corpus: CORPUS_DIR, concurrency: 2, killAfterMs: 5_000 };
    for (const end of await runDosCorpus(options, corpus.map((a) => a.name))) ends.set(end.file, end);
    for (let round = 0; round < LATE_RETRIES; round++) {
      const onlyLate = corpus.filter((a) => {
        const late = timingProblems(a, ends.get(a.name)!).length;
        // A follow-up run that ran out of *time* on a loaded machine is a wall-clock problem too.
        const others = problems(a, ends.get(a.name)!).filter((problem) => !/budget time/.test(problem)).length;
        return late > 0 && others === late;
      });
      for (const end of await runDosCorpus({ ...options, concurrency: 1 }, onlyLate.map((a) => a.name))) {
        ends.set(end.file, end);
        retried.add(end.file);
      }
    }
    suiteMs = performance.now() - started;
  }, 300_000);

  afterAll(() => {
    if (!process.env.RINGFENCE_DOS_TABLE) return;
    const lines = [`DoS corpus: ${corpus.length} attempts in ${Math.round(suiteMs)} ms, ${retried.size} run again alone (late the first time)`];
    for (const attempt of corpus) {
      const end = ends.get(attempt.name);
      const report = end?.report;
      const what = report?.observed ? describeObserved(report.observed).slice(0, 70) : report?.setup ? `setup: ${describeObserved(report.setup).slice(0, 60)}` : `no report (exit ${end?.exitCode}, killed ${end?.killed})`;
      const found = end ? problems(attempt, end) : ["no result"];
      lines.push(`${found.length === 0 ? "ok  " : "FAIL"} ${attempt.name.padEnd(44)} ${String(report?.elapsedMs ?? "-").padStart(7)} ms ${String(report?.maxRssMb ?? "-").padStart(4)} MB${retried.has(attempt.name) ? " (again)" : ""}  ${what}`);
      for (const problem of found) lines.push(`       - ${problem.slice(0, 160)}`);
    }
    console.info(lines.join("\n"));
  });

  for (const attempt of corpus) {
    const known = KNOWN_UNSTOPPED.get(attempt.name);
    const test = known ? it.fails : it;
    test(`${attempt.name} (${attempt.family})${known ? ` (KNOWN UNSTOPPED: ${known})` : ""}`, () => {
      const end = ends.get(attempt.name);
      if (!end) throw new Error(`no result for ${attempt.name}`);
      expect(problems(attempt, end), attempt.vector).toEqual([]);
    });
  }
});
