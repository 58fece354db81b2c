/**
 * Why: one definition of "the sandbox stopped this attempt", so every attempt is judged alike and a
 * failure lists everything that went wrong at once. Stopped means all of:
 *
 *   alive      the child exited on its own with code 0 and printed its report (not killed, not crashed)
 *   outcome    the call ended the way the header expects (budget kind, refusal, guest error, value)
 *   in time    the evaluate call took at most timeoutMs x TIME_MARGIN, whatever the outcome
 *   usable     the same Sandbox then computed `1 + 1` = 2, and closed cleanly if it has close()
 *   idle       after the call the event loop answered promptly and the main thread stayed idle:
 *              no guest job ran on after its run
 *   bounded    the child's peak RSS stayed under the bound for its kind of sandbox (RSS_BOUND_MB)
 */
import type { DosAttempt } from "./corpus.js";
import { describeExpected, describeObserved, matches } from "./observe.js";
import type { ChildEnd } from "./run.js";

export const TIME_MARGIN = 1.25;

/**
 * Peak RSS of the whole child process, in MB. A bare child with the library loaded peaks near 55 MB.
 * In this thread the corpus caps single allocations at 8 MB, so a run that stays inside its caps
 * stays far below 256 MB, while any cap that lets one of the attempts through (each asks for 64 MB to
 * 2 GB) shows here even when the outcome check misses it. A worker's heap counts toward the process:
 * memoryMb 64 of old space, plus the worker's young generation, code and a fresh isolate for the next
 * run, so workers get 320 MB.
 */
export const RSS_BOUND_MB = { "main-thread": 256, worker: 320 } as const;

/**
 * How late a 100 ms timer may fire after the attempt, and how much CPU the main thread may use meanwhile
 * (a guest job still running would use all 100 ms; the measure has 10 ms ticks).
 */
export const MAX_LAG_MS = 100;
export const MAX_IDLE_CPU_MS = 50;

/** Everything wrong with how the attempt ended. */
export function problems(attempt: DosAttempt, end: ChildEnd): string[] {
  return [...survivalProblems(attempt, end), ...timingProblems(attempt, end)];
}

/**
 * The wall-clock checks alone: a run can overrun because the machine was busy (two children on two
 * cores), so the suite repeats an attempt that failed only these, once, with nothing else running.
 */
export function timingProblems(attempt: DosAttempt, end: ChildEnd): string[] {
  const report = end.report;
  if (!report || report.setup) return [];
  const found: string[] = [];
  const limitMs = attempt.config!.limits.timeoutMs * TIME_MARGIN;
  if (report.elapsedMs === undefined || report.elapsedMs > limitMs) found.push(`took ${report.elapsedMs} ms, more than ${limitMs} ms`);
  if ((report.lagMs ?? Infinity) > MAX_LAG_MS) found.push(`the event loop answered ${report.lagMs} ms late after the attempt`);
  return found;
}

function survivalProblems(attempt: DosAttempt, end: ChildEnd): string[] {
  const found: string[] = [];
  if (end.killed) found.push(`the child did not exit within the parent's limit and was killed (still busy, or a handle left open); ${end.stderr}`);
  else if (end.exitCode !== 0) found.push(`the child died: exit ${end.exitCode}, signal ${end.signal}: ${end.stderr}`);
  const report = end.report;
  if (!report) return [...found, "no report: the host did not survive the attempt"];
  if (report.setup) return [...found, `setup failed: ${describeObserved(report.setup)}`];
  const runIn = attempt.config?.runIn ?? "main-thread";
  if (!report.observed || !matches(report.observed, attempt.expect)) {
    found.push(`expected ${describeExpected(attempt.expect)}, got ${report.observed ? describeObserved(report.observed) : "nothing"}`);
  }
  if (report.after?.kind !== "value" || report.after.value !== 2) found.push(`the Sandbox did not compute 1 + 1 afterwards: ${report.after ? describeObserved(report.after) : "nothing"}`);
  if (report.closed && report.closed.kind !== "value") found.push(`close() failed: ${describeObserved(report.closed)}`);
  if ((report.idleCpuMs ?? Infinity) > MAX_IDLE_CPU_MS) found.push(`${report.idleCpuMs} ms of main-thread CPU while idle after the attempt: guest work went on`);
  if (report.maxRssMb > RSS_BOUND_MB[runIn]) found.push(`peak RSS ${report.maxRssMb} MB, more than ${RSS_BOUND_MB[runIn]} MB`);
  return found;
}
