/**
 * Why: the escape corpus (test/escapes/corpus/NNNN-*.js) is the sandbox's regression suite for
 * breakouts. Three claims are checked for every file:
 *
 * 1. The full sandbox (every layer on) stops it - judged by tripwires, in this process: the host's
 *    global object, intrinsics and canary are unchanged, the result holds no host function, the realm
 *    and the guest's globals are as they were (a probe program run before and after agrees), and the
 *    run ended in a SandboxError or a harmless value. "It threw" alone proves nothing.
 * 2. Its `layers:` header is true: with every layer off it wins, and with only layer L on it does not
 *    exactly when L is listed. Weakened sandboxes can really be escaped, so these runs happen in child
 *    processes (src/ablation/pool.ts), one per configuration, never here.
 * 3. The corpus is well formed: enough files, numbered without gaps, complete headers, known names.
 *
 * Attempts that escape the full sandbox today are listed in KNOWN_FULL_SANDBOX_ESCAPES and run as
 * `it.fails`: the test still asserts "blocked", so fixing the bug turns it red until the entry is
 * removed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Sandbox, SandboxError } from "../../src/index.js";
import { holdsHostFunction, hostChanges, snapshotHost } from "../../src/ablation/tripwires.js";
import { GLOBAL_NAMES, INPUT_NAMES, MODULE_NAMES } from "../../src/ablation/catalog.js";
import { LAYER_NAMES, readCorpus, type CorpusFile, type LayerName } from "../../src/ablation/corpus.js";
import { runAttempt, type SandboxApi, type Verdict } from "../../src/ablation/attempt.js";
import { runConfig, type ConfigResult } from "../../src/ablation/pool.js";
import { CORPUS_DIR, RUNNER, buildRunner } from "./children.js";

const MIN_FILES = 45;
const api = { Sandbox, SandboxError } as unknown as SandboxApi;
const corpus: readonly CorpusFile[] = readCorpus(CORPUS_DIR);

/**
 * Full-sandbox escapes found by this corpus and not fixed yet. Each runs as `it.fails`.
 * None of them hands the guest a host capability; each breaks the promise that a run ends in a
 * SandboxError or plain host data, or that the host survives.
 */
// Empty: every attempt below is stopped by the full sandbox. 0073-0076 were found escaping and fixed
// (copy-out reads RegExp flags from internal slots; no regexps on the stack-edge path; the frame table
// accepts only numbers; see their `note:` headers). A new escape goes here, with a comment, as `it.fails`.
const KNOWN_FULL_SANDBOX_ESCAPES: ReadonlyMap<string, string> = new Map<string, string>([]);

describe("the escape corpus", () => {
  it(`has at least ${MIN_FILES} attempts`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_FILES);
  });

  it("numbers its files 0001, 0002, ... without gaps or duplicates", () => {
    expect(corpus.map((f) => f.number)).toEqual(corpus.map((_, i) => i + 1));
  });

  it("lists only files that exist among the known full-sandbox escapes", () => {
    const names = new Set(corpus.map((f) => f.name));
    for (const name of KNOWN_FULL_SANDBOX_ESCAPES.keys()) expect(names.has(name), name).toBe(true);
  });

  it.each(corpus.map((f) => [f.name, f] as const))("%s has a complete, valid header", (_name, file) => {
    expect(file.problems).toEqual([]);
    for (const header of ["vector", "origin"]) expect(file.headers[header]!.length, header).toBeGreaterThan(10);
    for (const name of file.globals) expect(GLOBAL_NAMES, `globals: ${name}`).toContain(name);
    for (const name of file.inputs) expect(INPUT_NAMES, `inputs: ${name}`).toContain(name);
    for (const name of file.modules) expect(MODULE_NAMES, `modules: ${name}`).toContain(name);
    for (const layer of [...file.layers, ...(file.combination ?? [])]) expect(LAYER_NAMES).toContain(layer);
    if (file.combination) expect(file.layers, "a combination is for attempts no single layer stops").toEqual([]);
  });
});

function check(verdict: Verdict, value: unknown): void {
  expect(verdict.tripwires, `${verdict.file}: ${verdict.outcome} ${verdict.detail}`).toEqual([]);
  expect(["sandbox-error", "value"], verdict.detail).toContain(verdict.outcome);
  if (verdict.outcome === "sandbox-error") {
    expect(value).toBeInstanceOf(SandboxError);
    expect((value as SandboxError).code).toMatch(/^SANDBOX_/);
  } else {
    expect(holdsHostFunction(value)).toBe(false);
    expect(typeof value === "function" || typeof value === "symbol").toBe(false);
  }
}

describe("the full sandbox stops every attempt (in this process)", () => {
  for (const file of corpus) {
    if (file.hazard) continue; // run in a child below: it would take this process down
    const known = KNOWN_FULL_SANDBOX_ESCAPES.get(file.name);
    const test = known ? it.fails : it;
    test(`${file.name}${known ? ` (KNOWN ESCAPE: ${known})` : ""}`, async () => {
      const before = snapshotHost();
      const { verdict, value } = await runAttempt(api, file, LAYER_NAMES, "all layers");
      expect(hostChanges(before, snapshotHost())).toEqual([]);
      check(verdict, value);
    });
  }
});

// ------------------------------------------------------------------------------------------------
// Child processes: every layer off, each layer alone, the declared combinations, and the full
// sandbox for files too dangerous to run here.

const NO_LAYERS = "no layers";
const only = (layer: LayerName) => `only ${layer}`;
const comboName = (layers: readonly LayerName[]) => `only ${layers.join("+")}`;
const results = new Map<string, ConfigResult>();
let suiteStarted = 0;

function won(verdict: Verdict | undefined): boolean {
  if (!verdict) throw new Error("no verdict: the child runner did not report this file");
  return verdict.tripwires.length > 0;
}

function verdictOf(config: string, file: CorpusFile): Verdict {
  const verdict = results.get(config)?.verdicts.get(file.name);
  if (!verdict) throw new Error(`no verdict for ${file.name} under "${config}"`);
  return verdict;
}

describe("each file's layers: header is true (child processes)", () => {
  beforeAll(async () => {
    suiteStarted = performance.now();
    buildRunner();
    const everyFile = corpus.map((f) => f.name);
    const jobs: Array<Promise<ConfigResult>> = [
      runConfig(RUNNER, { name: NO_LAYERS, layers: [] }, everyFile),
      ...LAYER_NAMES.map((layer) => runConfig(RUNNER, { name: only(layer), layers: [layer] }, everyFile)),
    ];
    const combos = new Map<string, { layers: readonly LayerName[]; files: string[] }>();
    for (const file of corpus) {
      if (!file.combination) continue;
      const name = comboName(file.combination);
      const entry = combos.get(name) ?? { layers: file.combination, files: [] };
      entry.files.push(file.name);
      combos.set(name, entry);
    }
    for (const [name, { layers, files }] of combos) jobs.push(runConfig(RUNNER, { name, layers }, files));
    const hazards = corpus.filter((f) => f.hazard).map((f) => f.name);
    if (hazards.length > 0) jobs.push(runConfig(RUNNER, { name: "all layers", layers: LAYER_NAMES }, hazards));
    for (const result of await Promise.all(jobs)) results.set(result.config.name, result);
  }, 180_000);

  afterAll(() => {
    if (!process.env.RINGFENCE_ESCAPE_MATRIX) return;
    // RINGFENCE_ESCAPE_MATRIX=1 prints which configuration each attempt escaped (X) or not (.).
    const columns = [NO_LAYERS, ...LAYER_NAMES.map(only)];
    const lines = [`escape matrix (X = escaped), columns: ${columns.join(" | ")}; ${Math.round(performance.now() - suiteStarted)} ms`];
    for (const file of corpus) {
      const row = columns.map((c) => (won(results.get(c)?.verdicts.get(file.name)) ? "X" : ".")).join(" ");
      lines.push(`${file.name.padEnd(48)} ${row}   layers: ${file.layers.join(" ") || "none"}`);
    }
    for (const result of results.values()) for (const restart of result.restarts) lines.push(`restart in ${result.config.name}: ${restart}`);
    console.info(lines.join("\n"));
  });

  for (const file of corpus) {
    it(`${file.name}: layers: ${file.layers.join(" ") || "none"}`, () => {
      const allOff = verdictOf(NO_LAYERS, file);
      const stoppedAlone = LAYER_NAMES.filter((layer) => !won(verdictOf(only(layer), file)));
      const evidence = LAYER_NAMES.map((l) => `${l}: ${verdictOf(only(l), file).tripwires.slice(0, 2).join("; ") || "blocked"}`).join("\n");
      if (won(allOff)) {
        // The attempt really escapes a sandbox with every layer off; the header names exactly the
        // layers that stop it alone.
        expect([...file.layers].sort(), `with every layer off it wins (${allOff.tripwires[0]}); alone:\n${evidence}`).toEqual([...stoppedAlone].sort());
      } else {
        // Stopped even with every layer off: by the substrate, so no layer can claim it.
        expect(file.layers, `blocked with every layer off (${allOff.outcome}: ${allOff.detail})`).toEqual([]);
      }
      if (file.combination) {
        expect(won(allOff), "a combination only makes sense for an attempt that wins with every layer off").toBe(true);
        const combined = verdictOf(comboName(file.combination), file);
        expect(combined.tripwires, `${comboName(file.combination)} should stop it`).toEqual([]);
      }
    });
  }

  for (const file of corpus.filter((f) => f.hazard)) {
    const known = KNOWN_FULL_SANDBOX_ESCAPES.get(file.name);
    const test = known ? it.fails : it;
    test(`${file.name}: the full sandbox stops it (child process, hazard: ${file.hazard})${known ? ` (KNOWN ESCAPE: ${known})` : ""}`, () => {
      const verdict = verdictOf("all layers", file);
      expect(verdict.tripwires, `${verdict.outcome}: ${verdict.detail}`).toEqual([]);
      expect(["sandbox-error", "value"]).toContain(verdict.outcome);
    });
  }
});
