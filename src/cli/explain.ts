/**
 * Why: `ringfence explain <file|code>` - the teaching view of one run: what stopped the code, where,
 * and by which layer, as text for people or JSON for tools; with --what-if, also what the code does
 * once that layer is gone (rerun in a child process). A path to an existing file is read; any other
 * argument is taken as the code itself.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { formatDiagnostic, type Explanation, type Sandbox } from "../index.js";
import { describeValue } from "./describe-value.js";
import { LAYERS } from "../options.js";
import type { Layer } from "../errors.js";
import { whatIfLayerOff } from "../ablation/what-if.js";

function sourceOf(argument: string): { source: string; label: string } {
  return existsSync(argument) && statSync(argument).isFile() ? { source: readFileSync(argument, "utf8"), label: argument } : { source: argument, label: "<code>" };
}

function explainText(label: string, e: Explanation): string {
  const lines = [`${label}: ${e.outcome === "completed" ? "completed" : `stopped by ${e.stoppedBy}`}`];
  if (e.weakened.length > 0) lines.push(`  WARNING: layers off: ${e.weakened.join(", ")}`);
  if (e.outcome === "completed") lines.push(`  value: ${String(describeValue(e.value, true))}`);
  if (e.reason) lines.push(`  why:   ${e.reason}`);
  if (e.location) lines.push(`  where: line ${e.location.line}, column ${e.location.column}`);
  for (const d of e.diagnostics) lines.push(`  rule:  ${formatDiagnostic(d)}`);
  if (e.tamedIntrinsics.length > 0) lines.push(`  tamed intrinsics touched: ${e.tamedIntrinsics.join(", ")}`);
  return lines.join("\n");
}

function explainJson(e: Explanation): string {
  return JSON.stringify({ ...e, value: describeValue(e.value) });
}

export async function explainCommand(sandbox: Sandbox, argument: string, inputs: Record<string, unknown>, json: boolean, whatIf: boolean): Promise<string> {
  const { source, label } = sourceOf(argument);
  const explanation = sandbox.explain(source, inputs);
  const layer = explanation.stoppedBy === "harden or freeze" ? "harden" : explanation.stoppedBy;
  const rerun = whatIf && layer && (LAYERS as readonly string[]).includes(layer) ? await whatIfLayerOff(source, layer as Layer) : undefined;
  if (json) return rerun ? JSON.stringify({ ...JSON.parse(explainJson(explanation)), whatIf: rerun }) : explainJson(explanation);
  const text = explainText(label, explanation);
  if (!rerun) return text;
  const verdict = rerun.escaped ? `GOT OUT: ${rerun.tripwires.slice(0, 3).join("; ")}` : `still held (${rerun.outcome}${rerun.detail ? `: ${rerun.detail}` : ""})`;
  return `${text}
  without ${rerun.layerOff} (child process): ${verdict}`;
}
