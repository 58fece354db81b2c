/**
 * Why: the parent side of the child runner (./child.ts). A weakened sandbox can really be escaped, so
 * each layer configuration runs in its own child process, never in the caller. A child that dies (an
 * attempt that aborts the process) or hangs (busy, or waiting for an asynchronous attempt that never
 * settles) is replaced by a fresh one for the files it had not reached; the file it was running gets a `crash` or `timeout` verdict, which counts as not blocked.
 * The caller says which compiled child to start: the escape suite builds its own, the `ringfence
 * escapes` command uses the one next to it in dist/.
 */
import { spawn } from "node:child_process";
import type { Verdict } from "./attempt.js";
import type { LayerName } from "./corpus.js";
import type { Job } from "./child.js";

export interface Runner {
  /** The compiled ./child.js to start. */
  readonly child: string;
  /** The corpus directory the file names are relative to. */
  readonly corpus: string;
}

export interface ChildConfig {
  readonly name: string;
  readonly layers: readonly LayerName[];
}

export interface ConfigResult {
  readonly config: ChildConfig;
  readonly verdicts: ReadonlyMap<string, Verdict>;
  /** Children that had to be replaced, and why. */
  readonly restarts: readonly string[];
}

interface Event { type: string; file?: string; verdict?: Verdict; after?: string; detail?: string[] }

/** One child process: resolves with the verdicts it wrote and the file it was running when it ended, if any. */
function runChild(child: string, job: Job, timeoutMs: number): Promise<{ verdicts: Verdict[]; unfinished?: Verdict; tainted?: string }> {
  return new Promise((resolvePromise) => {
    const proc = spawn(process.execPath, ["--no-warnings", child, JSON.stringify(job)], { stdio: ["ignore", "pipe", "pipe"] });
    const verdicts: Verdict[] = [];
    let current: string | undefined;
    let startedAt = performance.now();
    let tainted: string | undefined;
    let buffer = "";
    let stderr = "";
    let timedOut = false;
    // Per file: the clock restarts at every `start` event.
    const arm = () => setTimeout(() => { timedOut = true; proc.kill("SIGKILL"); }, timeoutMs);
    let timer = arm();
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line.trim()) continue;
        const event = JSON.parse(line) as Event;
        if (event.type === "start") { current = event.file; startedAt = performance.now(); clearTimeout(timer); timer = arm(); }
        else if (event.type === "verdict") { verdicts.push(event.verdict!); current = undefined; }
        else if (event.type === "tainted") tainted = `after ${event.after}: ${(event.detail ?? []).join("; ")}`;
      }
    });
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (chunk: string) => { stderr = (stderr + chunk).slice(-4000); });
    proc.on("close", (code, signal) => {
      clearTimeout(timer);
      let unfinished: Verdict | undefined;
      if (current !== undefined) {
        const how = timedOut ? "timeout" : "crash";
        const last = stderr.split("\n").filter((l) => l.trim() && !/^\s*\d+: 0x/.test(l)).slice(-3).join(" / ");
        unfinished = {
          file: current, config: job.config, outcome: how, ms: Math.round(performance.now() - startedAt),
          detail: timedOut ? `no verdict within ${timeoutMs} ms` : `the child process died (exit ${code}, signal ${signal}): ${last}`,
          tripwires: [timedOut ? "timeout: the host process was still busy, or still waiting for the attempt to settle" : "crash: the host process died"],
        };
      }
      resolvePromise({ verdicts, unfinished, tainted });
    });
  });
}

/** Runs every file under one configuration, in as few child processes as it takes; `timeoutMs` is per file. */
export async function runConfig(runner: Runner, config: ChildConfig, files: readonly string[], timeoutMs = 15_000): Promise<ConfigResult> {
  const verdicts = new Map<string, Verdict>();
  const restarts: string[] = [];
  let remaining = [...files];
  while (remaining.length > 0) {
    const job: Job = { config: config.name, layers: config.layers, dir: runner.corpus, files: remaining };
    const { verdicts: got, unfinished, tainted } = await runChild(runner.child, job, timeoutMs);
    for (const v of got) verdicts.set(v.file, v);
    if (unfinished) { verdicts.set(unfinished.file, unfinished); restarts.push(`${unfinished.file}: ${unfinished.outcome}`); }
    if (tainted) restarts.push(`host tainted ${tainted}`);
    const next = remaining.filter((f) => !verdicts.has(f));
    if (next.length === remaining.length) {
      // No progress at all: the child cannot even start. Report instead of looping.
      for (const f of next) verdicts.set(f, { file: f, config: config.name, outcome: "crash", detail: "the child runner made no progress", tripwires: ["crash: no progress"], ms: 0 });
      break;
    }
    remaining = next;
  }
  return { config, verdicts, restarts };
}
