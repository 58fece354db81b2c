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
 *   realm      the Sandbox's realm (global, guest globalThis, intrinsics) differs after the run
 *   probe      a fixed probe program, run in the same Sandbox before and after, answers differently
 *   run 2      a `runs: 2` file's second program found state the first one left
 *   raw throw  evaluate() threw something that is not a SandboxError
 *
 * An attempt is blocked when no tripwire fired. Ending in a SandboxError is not enough on its own,
 * and neither is returning a value: both are checked against the tripwires.
 */
import { types } from "node:util";
import { hostChanges, holdsHostFunction, installCanary, snapshotHost } from "./tripwires.js";
import { HOST_SECRET, makeGlobals, makeInputs } from "./catalog.js";
import type { CorpusFile, LayerName } from "./corpus.js";
import { dataTargets, differences, hostTargets, realmTargets, snapshot } from "./state.js";

export interface SandboxApi {
  readonly Sandbox: new (options: { layers?: Partial<Record<LayerName, boolean>>; globals?: Record<string, unknown> }) => {
    evaluate(source: string, inputs?: Record<string, unknown>): unknown;
    compile(source: string): { run(inputs?: Record<string, unknown>): unknown };
  };
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
const PROBE = `
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
found.join("|")
`;

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

/** Host functions and host-source text anywhere in a value (own data properties, a few levels deep). */
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
    if (!isObjectLike(v) || seen.has(v) || types.isProxy(v) || depth > 6) return;
    seen.add(v);
    if (typeof v === "function" && v instanceof Function) found.push(`${path} is a host function`);
    if (types.isMap(v) || types.isSet(v)) {
      try { (v as Map<unknown, unknown>).forEach((x: unknown, k: unknown) => { walk(k, `${path}.<key>`, depth + 1); walk(x, `${path}.<value>`, depth + 1); }); } catch { /* a realm collection: skip */ }
    }
    for (const key of Reflect.ownKeys(v)) {
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) walk(d.value, `${path}.${String(key)}`, depth + 1);
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

function probeAnswer(result: RunResult, api: SandboxApi): string {
  if (!result.threw) return typeof result.value === "string" ? result.value : `non-string ${describeSafely(result.value)}`;
  return result.value instanceof api.SandboxError ? `threw ${result.value.code}: ${result.value.message.split("\n")[0]}` : `threw ${describeSafely(result.value)}`;
}

function layersFor(on: readonly LayerName[]): Record<LayerName, boolean> {
  return { validator: on.includes("validator"), guards: on.includes("guards"), whitelist: on.includes("whitelist"), freeze: on.includes("freeze"), harden: on.includes("harden"), isolation: on.includes("isolation") };
}

/**
 * Runs one corpus file in a fresh Sandbox with the given layers on and reports every tripwire that
 * fired, with the value the first run returned or threw (for the caller's own checks; never sent
 * anywhere). Never call this in the test process with a layer off: a weakened sandbox can really be
 * escaped (use the child runner).
 */
export function runAttempt(api: SandboxApi, file: CorpusFile, on: readonly LayerName[], config: string): { verdict: Verdict; value: unknown } {
  const started = performance.now();
  installCanary();
  const globals = makeGlobals(file.globals);
  const inputs = makeInputs(file.inputs);
  const sandbox = new api.Sandbox({ layers: layersFor(on), globals });
  const hostList = hostTargets();
  const dataList = dataTargets({ ...globals, ...inputs });
  const realmList = realmTargets(sandbox);
  // Compiled once, before any guest code ran; run before and after the attempt.
  const probe = run(() => sandbox.compile(PROBE));
  const runProbe = () => (probe.threw ? probe : run(() => (probe.value as { run(): unknown }).run()));
  const probeBefore = probeAnswer(runProbe(), api);
  const officialBefore = snapshotHost();
  const hostBefore = snapshot(hostList), dataBefore = snapshot(dataList), realmBefore = snapshot(realmList);

  const tripwires: string[] = [];
  const first = run(() => sandbox.evaluate(file.programs[0]!, inputs));
  let second: RunResult | undefined;
  if (file.programs.length > 1) second = run(() => sandbox.evaluate(file.programs[1]!, inputs));

  tripwires.push(...hostChanges(officialBefore, snapshotHost()).map((c) => `host: ${c}`));
  tripwires.push(...differences(hostBefore, snapshot(hostList)).map((c) => `host-deep: ${c}`));
  tripwires.push(...differences(dataBefore, snapshot(dataList)).map((c) => `host-data: ${c}`));
  tripwires.push(...differences(realmBefore, snapshot(realmList)).map((c) => `realm: ${c}`));
  const probeAfter = probeAnswer(runProbe(), api);
  if (probeAfter !== probeBefore) tripwires.push(`probe: before ${JSON.stringify(probeBefore)}, after ${JSON.stringify(probeAfter)}`);
  if (second && !second.threw && second.value === true) tripwires.push("run 2: found state left by run 1");

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
    tripwires.push(`raw throw: evaluate() threw ${detail}, not a SandboxError`);
  } else {
    outcome = "value";
    detail = describeSafely(first.value);
    tripwires.push(...inspectValue(first.value, "result"));
  }
  const verdict = { file: file.name, config, outcome, detail, tripwires, ms: Math.round(performance.now() - started) };
  return { verdict, value: first.value };
}
