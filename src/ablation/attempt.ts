/**
 * Why: one definition of "did this attempt get anywhere", shared by the escape suite's in-process test
 * (full sandbox) and the child processes (weakened sandboxes, the ablation matrix), so all judge by the
 * same tripwires:
 *
 *   host       ./tripwires.ts hostChanges: host global, intrinsic prototypes, canary
 *   host-deep  identities of every host intrinsic's own properties, prototypes, extensibility
 *   host-data  the catalog values handed to this attempt (inputs, endowments) were modified
 *   result     the value handed back holds a host function (holdsHostFunction, then a deeper walk)
 *   secret     a result or error carries text from a host function's source
 *   guest code the result holds a guest function, accessor or Proxy: code the host would run by calling
 *              or reading it, after the run and outside its budget (copy-out hands back data only)
 *   realm      the Sandbox's realm (global, guest globalThis, intrinsics) differs after the run
 *   probe      a fixed probe program, run in the same Sandbox before and after, answers differently
 *   run 2      a `runs: 2` file's second program found state the first one left
 *   raw throw  evaluate() (or evaluateAsync()) threw something that is not a SandboxError
 *
 * An attempt is blocked when no tripwire fired. Ending in a SandboxError is not enough on its own,
 * and neither is returning a value: both are checked against the tripwires.
 *
 * A file's `mode:` (./corpus.ts) only changes how its programs and the probe are evaluated: script
 * files with `evaluate`, `async` and `module` files with `evaluateAsync` (awaited). The judgement is
 * the same for all. After each program the host's event loop gets a turn, so host work the program
 * left behind (a promise job, a timer calling a kept guest callback) has run before anything is judged.
 */
import { types } from "node:util";
import { hostChanges, holdsHostFunction, installCanary, snapshotHost } from "./tripwires.js";
import { HOST_SECRET, makeGlobals, makeInputs, makeModules } from "./catalog.js";
import type { CorpusFile, LayerName, Mode } from "./corpus.js";
import { dataTargets, differences, hostTargets, realmTargets, snapshot } from "./state.js";

interface SandboxLike {
  evaluate(source: string, inputs?: Record<string, unknown>): unknown;
  evaluateAsync(source: string, inputs?: Record<string, unknown>): Promise<unknown>;
  compile(source: string, options?: { async?: boolean }): { run(): unknown; runAsync(): Promise<unknown> };
}

export interface SandboxApi {
  readonly Sandbox: new (options: {
    layers?: Partial<Record<LayerName, boolean>>;
    globals?: Record<string, unknown>;
    mode?: "module";
    modules?: Record<string, unknown>;
  }) => SandboxLike;
  readonly SandboxError: abstract new (...args: never[]) => Error & { code: string };
}

export type Outcome = "value" | "sandbox-error" | "raw-throw" | "crash" | "timeout";

export interface Verdict {
  readonly file: string;
  readonly config: string;
  readonly outcome: Outcome;
  /** SandboxError code, or a description of what was thrown or returned. */
  readonly detail: string;
  readonly tripwires: readonly string[];
  readonly ms: number;
}

export const CANARY = "__ringfenceCanary";

/**
 * Runs in the same Sandbox before and after an attempt; what it reports must not change. It looks
 * for the markers the corpus uses (`rfPolluted`, `rfLeft`) on every kind of value and on both
 * globals, and checks that common builtins still behave.
 */
const PROBE_BODY = `
const found = [];
const marks = ["rfPolluted", "rfLeft"];
const values = [{}, [], function () {}, () => 0, "s", 1, true, /x/, new Error("e"), new Map(), new Set(), new Date(0), (function* () {})(), Symbol("s"), 1n];
for (let i = 0; i < values.length; i++) for (const m of marks) if (Object(values[i])[m] !== undefined) found.push(i + "." + m);
for (const m of marks) {
  if (typeof globalThis === "object" && globalThis !== null && globalThis[m] !== undefined) found.push("globalThis." + m);
  if (this !== undefined && this !== null && this[m] !== undefined) found.push("this." + m);
}
if ([1, 2].map((x) => x * 2).join() !== "2,4") found.push("Array.prototype.map");
if ([1].includes(2) || ![1].includes(1)) found.push("Array.prototype.includes");
if (JSON.stringify({ a: [1] }) !== '{"a":[1]}') found.push("JSON.stringify");
if (String(12) !== "12" || (12).toString() !== "12") found.push("toString");
if (Object.keys({ a: 1 }).join() !== "a") found.push("Object.keys");
if (Math.max(1, 3) !== 3) found.push("Math.max");
let sum = 0; for (const x of [1, 2, 3]) sum += x; if (sum !== 6) found.push("iteration");
const g = (function* () { yield 7; })(); if (g.next().value !== 7) found.push("generators");
if (!(new Error("m") instanceof Error) || new Error("m").message !== "m") found.push("Error");
found.push("stackTraceLimit=" + Error.stackTraceLimit);
`;

/** The probe as a program of the attempt's mode: its answer is the completion value, or a module's export `answer`. */
function probeSource(mode: Mode): string {
  return mode === "module" ? `${PROBE_BODY}export const answer = found.join("|");\n` : `${PROBE_BODY}found.join("|")\n`;
}

function isObjectLike(value: unknown): value is object {
  return (typeof value === "object" || typeof value === "function") && value !== null;
}

/** Describes a value without running any code it might carry (no getters, no proxy traps, no toString). */
function describeSafely(value: unknown): string {
  if (!isObjectLike(value)) return typeof value === "string" ? JSON.stringify(value.slice(0, 120)) : `${typeof value} ${String(value)}`;
  if (types.isProxy(value)) return "a Proxy";
  const realm = value instanceof Object ? "host" : "realm";
  const kind = typeof value === "function" ? "function" : types.isNativeError(value) ? "error" : Array.isArray(value) ? "array" : "object";
  const message = Reflect.getOwnPropertyDescriptor(value, "message");
  return `a ${realm} ${kind}${message && typeof message.value === "string" ? `: ${message.value.slice(0, 160)}` : ""}`;
}

/** Host functions, guest code and host-source text anywhere in a value (own data properties, a few levels deep). */
function inspectValue(value: unknown, where: string): string[] {
  const found: string[] = [];
  try {
    if (holdsHostFunction(value)) found.push(`${where} holds a host function`);
  } catch (error) {
    // holdsHostFunction reads enumerable properties with Object.values, which runs getters.
    found.push(`${where}: inspecting it ran code that threw (${describeSafely(error)})`);
  }
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string, depth: number) => {
    if (typeof v === "string") { if (v.includes(HOST_SECRET)) found.push(`${path} carries host function source`); return; }
    if (!isObjectLike(v) || seen.has(v) || depth > 6) return;
    if (types.isProxy(v)) { found.push(`${path} holds guest code: a Proxy, whose traps run when the host reads it`); return; }
    seen.add(v);
    if (typeof v === "function") found.push(v instanceof Function ? `${path} is a host function` : `${path} holds guest code: a realm function the host could call after the run`);
    if (types.isMap(v) || types.isSet(v)) {
      try { (v as Map<unknown, unknown>).forEach((x: unknown, k: unknown) => { walk(k, `${path}.<key>`, depth + 1); walk(x, `${path}.<value>`, depth + 1); }); } catch { /* a realm collection: skip */ }
    }
    for (const key of Reflect.ownKeys(v)) {
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) walk(d.value, `${path}.${String(key)}`, depth + 1);
      else if (d && !(v instanceof Object)) found.push(`${path}.${String(key)} holds guest code: an accessor that runs when the host reads it`);
    }
  };
  walk(value, where, 0);
  return [...new Set(found)];
}

interface RunResult { readonly threw: boolean; readonly value: unknown }

function run(go: () => unknown): RunResult {
  try {
    return { threw: false, value: go() };
  } catch (error) {
    return { threw: true, value: error };
  }
}

/** Awaits an asynchronous evaluation. A synchronous one goes through run(): awaiting its value would call a `then` it holds. */
async function runAsync(go: () => Promise<unknown>): Promise<RunResult> {
  try {
    return { threw: false, value: await go() };
  } catch (error) {
    return { threw: true, value: error };
  }
}

/** One host event-loop turn: promise jobs and 0 ms timers the program left the host have run when it resolves. */
function hostTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1));
}

/** Evaluates one program the way the file's mode says, then lets the host's event loop take a turn. */
async function evaluateIn(sandbox: SandboxLike, mode: Mode, source: string, inputs: Record<string, unknown>): Promise<RunResult> {
  const result = mode === "script" ? run(() => sandbox.evaluate(source, inputs)) : await runAsync(() => sandbox.evaluateAsync(source, inputs));
  await hostTurn();
  return result;
}

function probeAnswer(result: RunResult, api: SandboxApi, mode: Mode): string {
  const value = mode === "module" && !result.threw ? namespaceExport(result.value, "answer") : result.value;
  if (!result.threw) return typeof value === "string" ? value : `non-string ${describeSafely(value)}`;
  return result.value instanceof api.SandboxError ? `threw ${result.value.code}: ${result.value.message.split("\n")[0]}` : `threw ${describeSafely(result.value)}`;
}

/** A module program's export `name`, read as a data property only (undefined when there is none). */
function namespaceExport(namespace: unknown, name: string): unknown {
  if (!isObjectLike(namespace) || types.isProxy(namespace)) return undefined;
  const exported = Reflect.getOwnPropertyDescriptor(namespace, name);
  return exported && "value" in exported ? exported.value : undefined;
}

function layersFor(on: readonly LayerName[]): Record<LayerName, boolean> {
  return { validator: on.includes("validator"), guards: on.includes("guards"), whitelist: on.includes("whitelist"), freeze: on.includes("freeze"), harden: on.includes("harden"), isolation: on.includes("isolation") };
}

/**
 * Runs one corpus file in a fresh Sandbox with the given layers on and reports every tripwire that
 * fired, with the value the first run returned or threw (for the caller's own checks; never sent
 * anywhere). Resolves once every program has settled; an asynchronous one that never does leaves it
 * pending, and the caller's own clock must end it (the child pool's per-file timeout). Never call this
 * in the test process with a layer off: a weakened sandbox can really be escaped (use the child runner).
 */
export async function runAttempt(api: SandboxApi, file: CorpusFile, on: readonly LayerName[], config: string): Promise<{ verdict: Verdict; value: unknown }> {
  const started = performance.now();
  installCanary();
  const { mode } = file;
  const globals = makeGlobals(file.globals);
  const inputs = makeInputs(file.inputs);
  const modules = makeModules(file.modules);
  const sandbox = new api.Sandbox({ layers: layersFor(on), globals, ...(mode === "module" ? { mode, modules } : {}) });
  const hostList = hostTargets();
  const dataList = dataTargets({ ...globals, ...inputs, ...modules });
  const realmList = realmTargets(sandbox);
  // Compiled once, before any guest code ran, for the scope the attempt runs in; run before and after the attempt.
  const probe = run(() => sandbox.compile(probeSource(mode), { async: mode !== "script" }));
  const runProbe = async (): Promise<RunResult> => {
    if (probe.threw) return probe;
    const program = probe.value as ReturnType<SandboxLike["compile"]>;
    return mode === "script" ? run(() => program.run()) : runAsync(() => program.runAsync());
  };
  const probeBefore = probeAnswer(await runProbe(), api, mode);
  const officialBefore = snapshotHost();
  const hostBefore = snapshot(hostList), dataBefore = snapshot(dataList), realmBefore = snapshot(realmList);

  const tripwires: string[] = [];
  const first = await evaluateIn(sandbox, mode, file.programs[0]!, inputs);
  let second: RunResult | undefined;
  if (file.programs.length > 1) second = await evaluateIn(sandbox, mode, file.programs[1]!, inputs);

  // The probe first: its run drains the realm's queue, so realm jobs the attempt left behind have run before the snapshots.
  const probeAfter = probeAnswer(await runProbe(), api, mode);
  tripwires.push(...hostChanges(officialBefore, snapshotHost()).map((c) => `host: ${c}`));
  tripwires.push(...differences(hostBefore, snapshot(hostList)).map((c) => `host-deep: ${c}`));
  tripwires.push(...differences(dataBefore, snapshot(dataList)).map((c) => `host-data: ${c}`));
  tripwires.push(...differences(realmBefore, snapshot(realmList)).map((c) => `realm: ${c}`));
  if (probeAfter !== probeBefore) tripwires.push(`probe: before ${JSON.stringify(probeBefore)}, after ${JSON.stringify(probeAfter)}`);
  if (second && !second.threw && (mode === "module" ? namespaceExport(second.value, "default") : second.value) === true) tripwires.push("run 2: found state left by run 1");

  let outcome: Outcome;
  let detail: string;
  if (first.threw && first.value instanceof api.SandboxError) {
    outcome = "sandbox-error";
    detail = `${first.value.code}: ${first.value.message.split("\n").slice(0, 2).join(" / ").slice(0, 240)}`;
    if (first.value.message.includes(HOST_SECRET)) tripwires.push("secret: the error message carries host function source");
    tripwires.push(...inspectValue((first.value as { thrown?: unknown }).thrown, "error.thrown"));
  } else if (first.threw) {
    outcome = "raw-throw";
    detail = describeSafely(first.value);
    tripwires.push(`raw throw: ${mode === "script" ? "evaluate()" : "evaluateAsync()"} threw ${detail}, not a SandboxError`);
  } else {
    outcome = "value";
    detail = describeSafely(first.value);
    tripwires.push(...inspectValue(first.value, "result"));
  }
  const verdict = { file: file.name, config, outcome, detail, tripwires, ms: Math.round(performance.now() - started) };
  return { verdict, value: first.value };
}
