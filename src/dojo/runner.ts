/**
 * Why: runs one attempt against one dojo level, always in a child process (child.ts) started under
 * Node 20's permission model: the child may read only the built code it runs and the packages that code
 * imports (acorn, astring); it may not write files, start processes or workers, load addons or open the
 * inspector; it gets an empty environment and a time limit. The verdict is the child's report:
 * "escaped" when a tripwire fired, and also when the child hung, died, or printed anything besides its
 * report - whatever did that was not held. (The permission model does not restrict the network or
 * signals; docs/escape-tutorial.md says so to the learner.)
 */
import { spawnSync } from "node:child_process";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildReport } from "./tripwires.js";

export const LEVEL_TITLES: readonly string[] = Object.freeze([
  "plain eval",
  "keyword blacklist",
  "builtins whitelist",
  "read-only globals",
  "static check for hidden keys",
  "runtime key guards in the host's realm",
  "ringfence: new Sandbox()",
]);

export const DEFAULT_TIMEOUT_MS = 5000;

export interface DojoReport {
  readonly level: number;
  readonly title: string;
  readonly verdict: "held" | "escaped";
  readonly tripwires: readonly string[];
  /** What the attempt did: returned a value, threw, or never finished (the process ended, died or hung). */
  readonly outcome: ChildReport["outcome"] | "crash" | "timeout";
  /** The value returned or thrown, or what the child left on stderr. */
  readonly detail: string;
}

const CHILD = fileURLToPath(new URL("child.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../", import.meta.url));

function packageDir(name: string): string {
  const entry = fileURLToPath(import.meta.resolve(name));
  const marker = `${sep}node_modules${sep}${name}${sep}`;
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length);
}

/** Node's flags for the child: reading below these directories only; nothing else is permitted. */
export function permissionFlags(): string[] {
  const readable = [join(BUILT, "src"), join(BUILT, "rules"), packageDir("acorn"), packageDir("astring")];
  return ["--experimental-permission", ...readable.map((dir) => `--allow-fs-read=${join(dir, "*")}`)];
}

function isChildReport(value: unknown): value is ChildReport {
  const r = value as ChildReport;
  return typeof r === "object" && r !== null && ["value", "threw", "unfinished"].includes(r.outcome) && typeof r.detail === "string"
    && Array.isArray(r.tripwires) && r.tripwires.every((t) => typeof t === "string");
}

function parseReport(line: string | undefined): ChildReport | undefined {
  try { const report: unknown = JSON.parse(line ?? ""); return isChildReport(report) ? report : undefined; } catch { return undefined; }
}

export function runInDojo(level: number, source: string, timeoutMs = DEFAULT_TIMEOUT_MS): DojoReport {
  const title = LEVEL_TITLES[level];
  if (title === undefined || !Number.isInteger(level)) throw new RangeError(`there is no dojo level ${level}`);
  const child = spawnSync(process.execPath, [...permissionFlags(), "--no-warnings", CHILD, String(level)], {
    input: source, encoding: "utf8", env: {}, timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 1 << 20,
  });
  const [stdout, stderr] = [(child.stdout ?? "").trim(), (child.stderr ?? "").trim()]; // null when node could not start
  const lastLines = stderr.split("\n").slice(-3).join(" / ");
  if ((child.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT") {
    return { level, title, verdict: "escaped", outcome: "timeout", detail: lastLines, tripwires: [`the host process hung (no report within ${timeoutMs} ms)`] };
  }
  const lines = stdout.split("\n").filter((line) => line.trim() !== "");
  const report = parseReport(lines.at(-1));
  if (!report) {
    return { level, title, verdict: "escaped", outcome: "crash", detail: lastLines, tripwires: [`the host process died or lost its report (exit code ${child.status}, signal ${child.signal})`] };
  }
  const tripwires = [...report.tripwires];
  if (lines.length > 1) tripwires.push("wrote to the host's stdout");
  if (stderr !== "") tripwires.push("wrote to the host's stderr");
  return { level, title, verdict: tripwires.length > 0 ? "escaped" : "held", tripwires, outcome: report.outcome, detail: report.detail };
}
