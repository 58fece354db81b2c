/**
 * Why: the ablation matrix asks what each layer is worth, which takes four kinds of configuration:
 * every layer on (the claim), each layer alone (what it stops by itself), every layer but one (what
 * only it stops), and every layer off (the baseline the corpus must win against). This is their one
 * list, in the order the matrix shows them.
 */
import { LAYER_NAMES, type LayerName } from "./corpus.js";
import type { ChildConfig } from "./pool.js";

export type ConfigKind = "all" | "only" | "all-but" | "none";

export interface AblationConfig extends ChildConfig {
  readonly kind: ConfigKind;
  /** The layer named by an `only` or `all-but` configuration. */
  readonly layer?: LayerName;
}

export const ALL_ON: AblationConfig = { name: "all on", kind: "all", layers: LAYER_NAMES };
export const ALL_OFF: AblationConfig = { name: "all off", kind: "none", layers: [] };
export const only = (layer: LayerName): AblationConfig => ({ name: `only ${layer}`, kind: "only", layer, layers: [layer] });
export const allBut = (layer: LayerName): AblationConfig => ({ name: `all but ${layer}`, kind: "all-but", layer, layers: LAYER_NAMES.filter((l) => l !== layer) });

export const CONFIGURATIONS: readonly AblationConfig[] = [ALL_ON, ...LAYER_NAMES.map(only), ...LAYER_NAMES.map(allBut), ALL_OFF];
