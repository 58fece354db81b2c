/**
 * Why: one reader for the corpus, used by the escape suite, the child processes and the ablation
 * matrix, so all agree on what a file says. A corpus file is guest source with a comment header:
 *
 *   // vector:  one line: what the attempt does
 *   // origin:  the public advisory or write-up it follows
 *   // expect:  blocked
 *   // layers:  the layers that each stop it on their own, or `none`
 *   // globals: catalog names (./catalog.ts)                  optional
 *   // inputs:  catalog names                                   optional
 *   // mode:    async | module                                  optional: how the programs run (below)
 *   // modules: catalog names, importable by those specifiers  optional, only with `mode: module`
 *   // runs:    2                                               optional: the body holds two programs,
 *   //                                                          separated by a `// --- run 2 ---` line;
 *   //                                                          run 2 evaluates to true (a module:
 *   //                                                          exports default true) if it finds
 *   //                                                          state run 1 left behind
 *   // combination: layers that stop it together               optional, checked when present
 *   // hazard:  aborts-process                                  optional: never run it in the test process
 *   // note:    free text (required with `layers: none`)        optional
 *   // family:  a kebab-case group name for the ablation matrix  optional (else ./families.ts guesses)
 *
 * Without `mode:` each program is a script run by the synchronous `sandbox.evaluate`. `mode: async`
 * runs it with `sandbox.evaluateAsync` (awaited: top-level await, async host functions). `mode: module`
 * makes the Sandbox a module-mode one (`mode: "module"`, the `modules:` entries as its modules) and
 * also runs with `evaluateAsync`: a module program may use top-level await and async host functions,
 * and the module machinery (linking, lowering, namespaces) is the same for both evaluations.
 *
 * "Stops it on its own" is counterfactual: with every layer off the attempt wins, and with only that
 * layer on it does not. An attempt that cannot win even with every layer off is stopped by the
 * substrate (the rewriter, the emitter, the realm's own stack formatter), so it lists `none`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const LAYER_NAMES = ["validator", "guards", "whitelist", "freeze", "harden", "isolation"] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

const REQUIRED_HEADERS = ["vector", "origin", "expect", "layers"] as const;
const OPTIONAL_HEADERS = ["globals", "inputs", "mode", "modules", "runs", "combination", "hazard", "note", "family"] as const;
export const MODES = ["script", "async", "module"] as const;
export type Mode = (typeof MODES)[number];
const RUN_SEPARATOR = "// --- run 2 ---";
const FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.js$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CorpusFile {
  readonly name: string;
  readonly number: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Header problems found while parsing (a complete, valid file has none). */
  readonly problems: readonly string[];
  readonly layers: readonly LayerName[];
  readonly combination: readonly LayerName[] | undefined;
  readonly globals: readonly string[];
  readonly inputs: readonly string[];
  /** How the programs run: `script` (no header; evaluate), `async` or `module` (evaluateAsync). */
  readonly mode: Mode;
  /** Catalog modules a `mode: module` file may import, by their catalog names. */
  readonly modules: readonly string[];
  /** One program, or two for `runs: 2`. */
  readonly programs: readonly string[];
  readonly hazard: string | undefined;
  /** The `family:` header, when the file names its own family. */
  readonly family: string | undefined;
}

function words(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/[\s,]+/).filter((w) => w.length > 0);
}

function layerList(value: string | undefined, header: string, problems: string[]): LayerName[] {
  const list = words(value);
  if (list.length === 1 && list[0] === "none") return [];
  const layers: LayerName[] = [];
  for (const word of list) {
    if ((LAYER_NAMES as readonly string[]).includes(word)) {
      if (layers.includes(word as LayerName)) problems.push(`${header}: ${word} listed twice`);
      else layers.push(word as LayerName);
    } else problems.push(`${header}: ${JSON.stringify(word)} is not a layer (${LAYER_NAMES.join(" ")}, or none)`);
  }
  if (list.length === 0) problems.push(`${header}: empty (write \`none\` if no single layer stops it)`);
  return layers;
}

export function parseCorpusFile(name: string, text: string): CorpusFile {
  const problems: string[] = [];
  const match = FILE_NAME.exec(name);
  if (!match) problems.push(`file name ${JSON.stringify(name)} is not NNNN-slug.js`);
  const headers: Record<string, string> = {};
  const lines = text.split("\n");
  let bodyStart = 0;
  for (; bodyStart < lines.length; bodyStart++) {
    const header = /^\/\/\s*([a-z]+):\s*(.*?)\s*$/.exec(lines[bodyStart]!);
    if (!header) break;
    const [, key, value] = header as unknown as [string, string, string];
    if (!(REQUIRED_HEADERS as readonly string[]).includes(key) && !(OPTIONAL_HEADERS as readonly string[]).includes(key)) problems.push(`unknown header ${JSON.stringify(key)}`);
    if (Object.hasOwn(headers, key)) problems.push(`header ${key} appears twice`);
    headers[key] = value;
  }
  for (const key of REQUIRED_HEADERS) if (!headers[key]) problems.push(`missing header ${key}`);
  if (headers.expect !== undefined && headers.expect !== "blocked") problems.push(`expect must be "blocked", got ${JSON.stringify(headers.expect)}`);
  const layers = layerList(headers.layers, "layers", problems);
  const combination = headers.combination === undefined ? undefined : layerList(headers.combination, "combination", problems);
  if (layers.length === 0 && !headers.note) problems.push("layers: none needs a `// note:` saying what stops it");
  const mode = (headers.mode ?? "script") as Mode;
  if (headers.mode !== undefined && (headers.mode === "script" || !(MODES as readonly string[]).includes(headers.mode))) problems.push(`mode must be async or module when present, got ${JSON.stringify(headers.mode)}`);
  if (headers.modules !== undefined && mode !== "module") problems.push("modules: needs mode: module");
  if (headers.runs !== undefined && headers.runs !== "2") problems.push(`runs must be 2 when present, got ${JSON.stringify(headers.runs)}`);
  if (headers.hazard !== undefined && headers.hazard !== "aborts-process") problems.push(`unknown hazard ${JSON.stringify(headers.hazard)}`);
  if (headers.family !== undefined && !KEBAB.test(headers.family)) problems.push(`family must be kebab-case, got ${JSON.stringify(headers.family)}`);
  const body = lines.slice(bodyStart).join("\n");
  const programs = headers.runs === "2" ? body.split(RUN_SEPARATOR) : [body];
  if (headers.runs === "2" && programs.length !== 2) problems.push(`runs: 2 needs exactly one ${JSON.stringify(RUN_SEPARATOR)} line`);
  if (headers.runs !== "2" && body.includes(RUN_SEPARATOR)) problems.push(`${JSON.stringify(RUN_SEPARATOR)} without runs: 2`);
  if (programs.some((p) => p.trim().length === 0)) problems.push("empty program body");
  return {
    name,
    number: match ? Number(match[1]) : NaN,
    headers,
    problems,
    layers,
    combination,
    globals: words(headers.globals),
    inputs: words(headers.inputs),
    mode: (MODES as readonly string[]).includes(mode) ? mode : "script",
    modules: words(headers.modules),
    programs,
    hazard: headers.hazard,
    family: headers.family,
  };
}

export function readCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => parseCorpusFile(name, readFileSync(join(dir, name), "utf8")));
}
