/**
 * Why: the parent side of ./child.ts. Each attempt gets its own child process, so an attempt that
 * aborts the process, hangs it, or leaves it busy harms nothing but that child, and the next attempt
 * starts clean. The parent records how the child ended: its report line, its exit, and whether it had
 * to be killed (no exit within `killAfterMs`: still busy, or a handle left open).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { mapLimit } from "../ablation/parallel.js";
import type { DosReport } from "./child.js";

export interface ChildEnd {
  readonly file: string;
  readonly report: DosReport | undefined;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The parent killed the child: it had not exited within killAfterMs. */
  readonly killed: boolean;
  /** Wall-clock life of the child process, start-up included. */
  readonly wallMs: number;
  /** The last lines the child wrote to stderr (why it died, when it did). */
  readonly stderr: string;
}

export interface DosRunOptions {
  /** The compiled ./child.js to start. */
  readonly child: string;
  /** The corpus directory the file names are relative to. */
  readonly corpus: string;
  readonly concurrency: number;
  readonly killAfterMs: number;
}

const REPORT_PREFIX = '{"type":"dos-report"';

function lastReport(stdout: string): DosReport | undefined {
  const line = stdout.split("\n").filter((l) => l.startsWith(REPORT_PREFIX)).pop();
  return line === undefined ? undefined : (JSON.parse(line) as { report: DosReport }).report;
}

function runOne(options: DosRunOptions, file: string): Promise<ChildEnd> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const proc = spawn(process.execPath, ["--no-warnings", options.child, join(options.corpus, file)], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let killed = false;
    const timer = setTimeout(() => { killed = true; proc.kill("SIGKILL"); }, options.killAfterMs);
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (chunk: string) => { stdout += chunk; });
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (chunk: string) => { stderr = (stderr + chunk).slice(-4000); });
    proc.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      const tail = stderr.split("\n").filter((l) => l.trim() && !/^\s*\d+: 0x/.test(l)).slice(-4).join(" / ");
      resolvePromise({ file, report: lastReport(stdout), exitCode, signal, killed, wallMs: Math.round(performance.now() - started), stderr: tail });
    });
  });
}

/** Runs every file, each in its own child, at most `concurrency` at a time; results in input order. */
export function runDosCorpus(options: DosRunOptions, files: readonly string[]): Promise<ChildEnd[]> {
  return mapLimit(files, options.concurrency, (file) => runOne(options, file));
}
