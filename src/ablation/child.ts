/**
 * Why: a weakened sandbox can really be escaped, so attempts against one run here, in a throwaway
 * child process, never in the calling process. The child imports the library it was compiled with
 * (dist/ for `ringfence escapes`, the escape suite's private build for its tests; see ./pool.ts),
 * reads one job - a layer configuration and a list of corpus files - as JSON from argv, and runs the
 * files one after another, each in a fresh Sandbox (an asynchronous attempt is awaited before the
 * next). It writes one JSON line per event to stdout: `start` before a file (so the parent knows
 * which file was running if the process dies), `verdict` after it. Between files it puts the host's
 * intrinsics back as they were; if that fails, it says `tainted` and exits, and the parent starts a
 * fresh child for the rest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Sandbox, SandboxError } from "../index.js";
import { runAttempt, CANARY, type SandboxApi } from "./attempt.js";
import { parseCorpusFile, type LayerName } from "./corpus.js";
import { differences, hostTargets, restore, snapshot } from "./state.js";
import { installCanary } from "./tripwires.js";

export interface Job {
  readonly config: string;
  readonly layers: readonly LayerName[];
  readonly dir: string;
  readonly files: readonly string[];
}

function emit(event: object): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]!) as Job;
  const api = { Sandbox, SandboxError } as unknown as SandboxApi;
  installCanary();
  const targets = hostTargets();
  const baseline = snapshot(targets);
  // An asynchronous attempt that never settles must look like a hang to the parent (its per-file
  // timeout), not end the process quietly when nothing is left on the event loop.
  const awake = setInterval(() => undefined, 60_000);
  for (const name of job.files) {
    emit({ type: "start", file: name });
    (globalThis as Record<string, unknown>)[CANARY] = Object.freeze({ alive: true });
    const file = parseCorpusFile(name, readFileSync(join(job.dir, name), "utf8"));
    const { verdict } = await runAttempt(api, file, job.layers, job.config);
    emit({ type: "verdict", verdict });
    (globalThis as Record<string, unknown>)[CANARY] = Object.freeze({ alive: true });
    const failures = restore(baseline);
    const left = differences(baseline, snapshot(targets));
    if (failures.length > 0 || left.length > 0) {
      emit({ type: "tainted", after: name, detail: [...failures, ...left].slice(0, 10) });
      process.exit(0);
    }
  }
  clearInterval(awake);
  emit({ type: "done" });
}

await main();
