/**
 * Why: the parent side of the child runner. It builds the library, the tripwires and the runner with
 * tsc into a private cache directory (node_modules/.cache/ringfence-escapes - never dist/, which other
 * work may be rebuilding, and always from the current sources, so a stale dist/ cannot hide a
 * regression), then runs one child process per layer configuration, all in parallel. A child that
 * dies (an attempt that aborts the process) or hangs is replaced by a fresh one for the files it had
 * not reached; the file it was running gets a `crash` or `timeout` verdict, which counts as not
 * blocked.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Verdict } from "./runner/attempt.js";
import type { LayerName } from "./runner/corpus.js";
import type { Job } from "./runner/child.js";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, "../..");
export const CORPUS_DIR = join(here, "corpus");
const TSCONFIG = join(here, "tsconfig.runner.json");
const OUT = join(ROOT, "node_modules/.cache/ringfence-escapes");
const CHILD = join(OUT, "test/escapes/runner/child.js");

/** Compiles what the children run (incremental: a second build takes a couple of seconds). */
export function buildRunner(): void {
  const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  const built = spawnSync(process.execPath, [tsc, "-p", TSCONFIG], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`building the escape runner failed:\n${built.stdout}${built.stderr}`);
  if (!existsSync(CHILD)) throw new Error(`the escape runner was not built at ${CHILD}`);
}

export interface ChildConfig {
  readonly name: string;
  readonly layers: readonly LayerName[];
}

interface Event { type: string; file?: string; verdict?: Verdict; after?: string; detail?: string[] }

/** One child process: resolves with the verdicts it wrote and the file it was running when it ended, if any. */
function runChild(job: Job, timeoutMs: number): Promise<{ verdicts: Verdict[]; unfinished?: Verdict; tainted?: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ["--no-warnings", CHILD, JSON.stringify(job)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const verdicts: Verdict[] = [];
    let current: string | undefined;
    let startedAt = performance.now();
    let tainted: string | undefined;
    let buffer = "";
    let stderr = "";
    let timedOut = false;
    // Per file: the clock restarts at every `start` event.
    let timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs);
    const rearm = () => { clearTimeout(timer); timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs); };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line.trim()) continue;
        const event = JSON.parse(line) as Event;
        if (event.type === "start") { current = event.file; startedAt = performance.now(); rearm(); }
        else if (event.type === "verdict") { verdicts.push(event.verdict!); current = undefined; }
        else if (event.type === "tainted") tainted = `after ${event.after}: ${(event.detail ?? []).join("; ")}`;
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => { stderr = (stderr + chunk).slice(-4000); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      let unfinished: Verdict | undefined;
      if (current !== undefined) {
        const how = timedOut ? "timeout" : "crash";
        const last = stderr.split("\n").filter((l) => l.trim() && !/^\s*\d+: 0x/.test(l)).slice(-3).join(" / ");
        unfinished = {
          file: current, config: job.config, outcome: how, ms: Math.round(performance.now() - startedAt),
          detail: timedOut ? `no verdict within ${timeoutMs} ms` : `the child process died (exit ${code}, signal ${signal}): ${last}`,
          tripwires: [timedOut ? "timeout: the host process was still busy" : "crash: the host process died"],
        };
      }
      resolvePromise({ verdicts, unfinished, tainted });
    });
  });
}

export interface ConfigResult {
  readonly config: ChildConfig;
  readonly verdicts: ReadonlyMap<string, Verdict>;
  /** Children that had to be replaced, and why. */
  readonly restarts: readonly string[];
}

/** Runs every file under one configuration, in as few child processes as it takes; `timeoutMs` is per file. */
export async function runConfig(config: ChildConfig, files: readonly string[], timeoutMs = 15_000): Promise<ConfigResult> {
  const verdicts = new Map<string, Verdict>();
  const restarts: string[] = [];
  let remaining = [...files];
  while (remaining.length > 0) {
    const { verdicts: got, unfinished, tainted } = await runChild({ config: config.name, layers: config.layers, dir: CORPUS_DIR, files: remaining }, timeoutMs);
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
