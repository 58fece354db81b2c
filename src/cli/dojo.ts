/**
 * Why: `ringfence dojo --level N attempt.js` - the hands-on half of docs/escape-tutorial.md. It runs a
 * learner's attempt against one level in a permission-restricted child process (src/dojo/runner.ts)
 * and prints the verdict: "ESCAPED: <tripwire>" (exit 3) or "held" (exit 0); `--json` prints the
 * report as data; bad usage is a UsageError (main prints the usage, exit 2).
 */
import { readFileSync } from "node:fs";
import { UsageError, type ParsedArgs } from "./args.js";
import { DEFAULT_TIMEOUT_MS, LEVEL_TITLES, runInDojo, type DojoReport } from "../dojo/runner.js";

export const EXIT_HELD = 0;
export const EXIT_ESCAPED = 3;

const FLAGS = new Set(["--level", "--timeout", "--json"]);

export function dojoCommand(args: ParsedArgs): number {
  for (const flag of args.flags.keys()) if (!FLAGS.has(flag)) throw new UsageError(`dojo does not take ${flag}`);
  const raw = args.flags.get("--level")?.at(-1) ?? "";
  const level = /^\d+$/.test(raw) ? Number(raw) : -1;
  if (LEVEL_TITLES[level] === undefined) throw new UsageError(`dojo needs --level 0 to ${LEVEL_TITLES.length - 1}`);
  const timeout = Number(args.flags.get("--timeout")?.at(-1) ?? DEFAULT_TIMEOUT_MS);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError("--timeout takes a positive number");
  if (args.positional.length !== 1) throw new UsageError("dojo takes exactly one attempt file");
  const file = args.positional[0]!;
  let source: string;
  try { source = readFileSync(file, "utf8"); } catch (error) { throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`); }
  const report = runInDojo(level, source, timeout);
  process.stdout.write(`${args.flags.has("--json") ? JSON.stringify(report) : formatReport(report)}\n`);
  return report.verdict === "escaped" ? EXIT_ESCAPED : EXIT_HELD;
}

function formatReport(report: DojoReport): string {
  const verdict = report.verdict === "escaped" ? `ESCAPED: ${report.tripwires.join("; ")}` : "held";
  const did = report.outcome === "value" ? `returned ${report.detail}` : report.outcome === "threw" ? `threw ${report.detail}`
    : `did not finish${report.detail ? ` (stderr: ${report.detail})` : ""}`;
  return `${verdict}\n  level ${report.level} (${report.title}): the attempt ${did}`;
}
