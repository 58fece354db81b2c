/**
 * Why: the hand-written half of docs/ablation.md explains, under `## Second-line layers`, each layer
 * whose removal lets nothing through, with one `### <layer>` section each. The matrix test reads that
 * list back; a heading with no real explanation under it does not count.
 */
import { LAYER_NAMES, type LayerName } from "../../src/ablation/corpus.js";

const MIN_EXPLANATION = 200;

export function secondLineLayers(handWritten: string): LayerName[] {
  const section = /^## Second-line layers\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(handWritten)?.[1] ?? "";
  const layers: LayerName[] = [];
  for (const [, name, text] of section.matchAll(/^### (\S+)\n([\s\S]*?)(?=^### |^<!--|(?![\s\S]))/gm)) {
    if ((LAYER_NAMES as readonly string[]).includes(name!) && text!.trim().length >= MIN_EXPLANATION) layers.push(name as LayerName);
  }
  return layers;
}
