/**
 * Why: the teaching half of `explain`. Knowing that the guards stopped an attempt says little until you
 * see what the attempt does without them. This reruns one source with every layer on but one, in a
 * throwaway child process (the same runner as the ablation matrix, so a weakened sandbox that really
 * is escaped cannot touch the caller), and reports whether a tripwire fired.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Layer } from "../errors.js";
import { LAYER_NAMES } from "./corpus.js";
import { runConfig } from "./pool.js";
import { builtChild } from "./paths.js";

export interface WhatIf {
  readonly layerOff: Layer;
  /** True when, without that layer, the code got something out (a tripwire fired). */
  readonly escaped: boolean;
  readonly tripwires: readonly string[];
  /** How the run ended without the layer: a value, a SandboxError, a crash ... */
  readonly outcome: string;
  readonly detail: string;
}

export async function whatIfLayerOff(source: string, layerOff: Layer, child = builtChild()): Promise<WhatIf> {
  const dir = mkdtempSync(join(tmpdir(), "ringfence-what-if-"));
  try {
    const name = "0001-explain.js";
    const header = ["vector:  code given to ringfence explain", "origin:  the user", "expect:  blocked", "layers:  none"].map((line) => `// ${line}`).join("\n");
    writeFileSync(join(dir, name), `${header}\n${source}\n`);
    const layers = LAYER_NAMES.filter((layer) => layer !== layerOff);
    const result = await runConfig({ child, corpus: dir }, { name: `all but ${layerOff}`, layers }, [name]);
    const verdict = result.verdicts.get(name);
    if (!verdict) return { layerOff, escaped: true, tripwires: ["no verdict: the child ended without reporting"], outcome: "crash", detail: "" };
    return { layerOff, escaped: verdict.tripwires.length > 0, tripwires: verdict.tripwires, outcome: verdict.outcome, detail: verdict.detail };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
