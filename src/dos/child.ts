/**
 * Why: a DoS attempt that works takes its host down or keeps it busy, so each one runs in a throwaway
 * child process (started by ./run.ts), never in the caller. The child builds the Sandbox the file's
 * header asks for, warms it up (a worker's start-up is not the guest's time), times only the attempt's
 * evaluate call, then checks that the host is still itself: its event loop answers and stays idle (no
 * guest job left running), and the same Sandbox still computes `1 + 1`. It prints one JSON line
 * (a DosReport) and then must exit on its own: a handle left open counts against the sandbox.
 *
 * Usage: node child.js <corpus file>
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Sandbox } from "../index.js";
import { parseDosFile, type Api } from "./corpus.js";
import { observeError, observeValue, type Observed } from "./observe.js";
import { threadCpuMs } from "./thread-cpu.js";

export interface DosReport {
  readonly file: string;
  /** Sandbox construction or warm-up failed: nothing else was tried. */
  readonly setup?: Observed;
  readonly observed?: Observed;
  /** Wall-clock time of the attempt's evaluate call alone. */
  readonly elapsedMs?: number;
  /** `1 + 1` in the same Sandbox after the attempt. */
  readonly after?: Observed;
  /** How late a timer fired, and how much CPU the main thread used, during an idle wait after the attempt. */
  readonly lagMs?: number;
  readonly idleCpuMs?: number;
  /** Peak resident set size of the whole process (worker threads included), and the current one, in MB. */
  readonly maxRssMb: number;
  readonly rssMb: number;
  readonly closed?: Observed;
}

/** The public API as this child uses it; evaluateAsync and close are optional so the child runs before they exist. */
interface DosSandbox {
  evaluate(source: string, inputs?: Record<string, unknown>): unknown;
  evaluateAsync?(source: string, inputs?: Record<string, unknown>): Promise<unknown>;
  close?(): Promise<void> | void;
}

const IDLE_MS = 100;
const CLOSE_MS = 2000;
const MB = 1024 * 1024;

async function call(sandbox: DosSandbox, api: Api, source: string): Promise<Observed> {
  try {
    if (api === "evaluate") return observeValue(sandbox.evaluate(source, {}));
    if (typeof sandbox.evaluateAsync !== "function") return { kind: "raw-throw", name: "TypeError", text: "this Sandbox has no evaluateAsync yet" };
    return observeValue(await sandbox.evaluateAsync(source, {}));
  } catch (error) {
    return observeError(error);
  }
}

function memory(): { maxRssMb: number; rssMb: number } {
  // resourceUsage().maxRSS is in kilobytes.
  return { maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssMb: Math.round(process.memoryUsage().rss / MB) };
}

/** Closes a sandbox that can be closed; a close() that does not finish in CLOSE_MS is reported, not awaited. */
async function close(sandbox: DosSandbox): Promise<Observed | undefined> {
  if (typeof sandbox.close !== "function") return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Observed>((resolveLate) => {
    timer = setTimeout(() => resolveLate({ kind: "raw-throw", text: `close() did not finish within ${CLOSE_MS} ms` }), CLOSE_MS);
    timer.unref();
  });
  const closing = (async () => {
    try {
      return observeValue(await sandbox.close!());
    } catch (error) {
      return observeError(error);
    }
  })();
  const closed = await Promise.race([closing, late]);
  clearTimeout(timer);
  return closed;
}

async function main(): Promise<DosReport> {
  const path = process.argv[2]!;
  const file = basename(path);
  const attempt = parseDosFile(file, readFileSync(path, "utf8"));
  if (attempt.problems.length > 0 || !attempt.api || !attempt.config) {
    return { file, setup: { kind: "raw-throw", text: `bad header: ${attempt.problems.join("; ")}` }, ...memory() };
  }
  const api = attempt.api;
  let sandbox: DosSandbox;
  try {
    sandbox = new Sandbox(attempt.config as ConstructorParameters<typeof Sandbox>[0]) as unknown as DosSandbox;
  } catch (error) {
    return { file, setup: observeError(error), ...memory() };
  }
  const warmUp = await call(sandbox, api, "0");
  if (warmUp.kind !== "value" || warmUp.value !== 0) return { file, setup: warmUp, closed: await close(sandbox), ...memory() };

  const started = performance.now();
  const observed = await call(sandbox, api, attempt.source);
  const elapsedMs = performance.now() - started;

  const cpuBefore = threadCpuMs();
  const idleStart = performance.now();
  await sleep(IDLE_MS);
  const lagMs = performance.now() - idleStart - IDLE_MS;
  const idleCpuMs = threadCpuMs() - cpuBefore;
  const after = await call(sandbox, api, "1 + 1");
  const measured = memory();
  const closed = await close(sandbox);
  return {
    file, observed, elapsedMs: Math.round(elapsedMs * 10) / 10, after,
    lagMs: Math.round(lagMs), idleCpuMs: Math.round(idleCpuMs), ...measured, closed,
  };
}

const report = await main();
process.stdout.write(`${JSON.stringify({ type: "dos-report", report })}\n`);
