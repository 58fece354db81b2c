/**
 * Why: options are attack surface. Defaults deny (every layer on, small budgets, no endowments),
 * are frozen, and anything unknown - a misspelt key, a wrong type, a layer name we do not have - is an
 * error rather than silently ignored. Every option is documented next to its default.
 */
import { SandboxOptionsError, type Layer } from "./errors.js";
import { resolveModules } from "./modules/resolve-modules.js";

export type Mode = "expression" | "script" | "module";

/** A module a guest in module mode may import: a host value (copied in and frozen) or guest source (sandboxed too). */
export type ModuleEntry = { readonly namespace: Readonly<Record<string, unknown>> } | { readonly source: string };
export type BuiltinsPreset = "expression" | "standard";

export interface Limits {
  /** Steps: one is charged at every loop iteration and every function entry. */
  readonly steps: number;
  /** Wall-clock deadline for one run: checked at a step within about a millisecond of passing it (see deadline-watchdog.ts). */
  readonly timeoutMs: number;
  /** Largest accepted source, in UTF-16 code units. */
  readonly maxSourceLength: number;
  /** Deepest accepted bracket nesting (parentheses, brackets and braces together). */
  readonly maxNesting: number;
  /** Longest string one operation may produce (UTF-16 code units): `+`, templates, repeat, padStart, join ... */
  readonly maxStringLength: number;
  /** Longest array one builtin call may produce: the Array constructor, Array.from, fill, concat, spread ... */
  readonly maxArrayLength: number;
  /** Largest ArrayBuffer or typed array, in bytes. */
  readonly maxBufferBytes: number;
  /** Largest BigInt an operation may produce, in bits (`**`, `*`, `<<`, BigInt.asUintN ...). */
  readonly maxBigIntBits: number;
  /** Heap limit of the worker a run happens in (runIn: "worker" only), in MiB. */
  readonly memoryMb: number;
}

/** Where runs happen: in this thread (default; soft limits), or in a worker thread the host can kill (hard limits). */
export type RunIn = "main-thread" | "worker";

export interface SandboxOptions {
  readonly mode?: Mode;
  readonly runIn?: RunIn;
  readonly builtins?: BuiltinsPreset | readonly string[];
  readonly globals?: Readonly<Record<string, unknown>>;
  readonly limits?: Partial<Limits>;
  readonly layers?: Partial<Record<Layer, boolean>>;
  /** Module mode only: the specifiers a guest may import, and what each one is. */
  readonly modules?: Readonly<Record<string, ModuleEntry>>;
}

export interface ResolvedOptions {
  readonly mode: Mode;
  readonly runIn: RunIn;
  readonly builtins: BuiltinsPreset | readonly string[];
  readonly globals: Readonly<Record<string, unknown>>;
  readonly limits: Limits;
  readonly layers: Readonly<Record<Layer, boolean>>;
  readonly modules: Readonly<Record<string, ModuleEntry>>;
}

export const LAYERS: readonly Layer[] = Object.freeze(["validator", "guards", "whitelist", "freeze", "harden", "isolation"]);

export const DEFAULTS: ResolvedOptions = Object.freeze({
  mode: "script",
  runIn: "main-thread",
  builtins: "standard",
  globals: Object.freeze({}),
  // maxSourceLength: compiling is not budgeted, and acorn's duplicate-declaration check is quadratic in
  // the number of declarations in one scope; 100 KB of source compiles in well under a second.
  // maxNesting: parse time grows with depth x identifiers; real programs rarely nest past a few dozen.
  // The size caps bound what a single operation can allocate (2^24 code units is 32 MiB of string);
  // they do not bound the total a run allocates: only memoryMb does, and only in a worker.
  limits: Object.freeze({
    steps: 1_000_000, timeoutMs: 1000, maxSourceLength: 100_000, maxNesting: 256,
    maxStringLength: 2 ** 24, maxArrayLength: 2 ** 24, maxBufferBytes: 2 ** 26, maxBigIntBits: 2 ** 20, memoryMb: 128,
  }),
  layers: Object.freeze({ validator: true, guards: true, whitelist: true, freeze: true, harden: true, isolation: true }),
  modules: Object.freeze({}),
});

const TOP_KEYS = new Set(["mode", "runIn", "builtins", "globals", "limits", "layers", "modules"]);
const COMPILE_KEYS = new Set(["inputs", "async"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Names strict mode forbids binding; they can be neither endowments nor inputs. */
export const UNBINDABLE: ReadonlySet<string> = new Set(["eval", "arguments"]);

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null) fail("options must be an object");
  rejectUnknown(options, TOP_KEYS, "option");
  const mode = options.mode ?? DEFAULTS.mode;
  if (mode !== "expression" && mode !== "script" && mode !== "module") fail(`mode must be "expression", "script" or "module", got ${JSON.stringify(mode)}`);
  if (options.modules !== undefined && mode !== "module") fail(`modules can only be imported in mode "module"`);
  const runIn = options.runIn ?? DEFAULTS.runIn;
  if (runIn !== "main-thread" && runIn !== "worker") fail(`runIn must be "main-thread" or "worker", got ${JSON.stringify(runIn)}`);
  const limits = options.limits ?? {};
  if (runIn === "main-thread" && typeof limits === "object" && limits !== null && Object.hasOwn(limits, "memoryMb")) {
    fail(`limits.memoryMb is enforced only in a worker: add runIn: "worker" (a thread cannot limit its own heap)`);
  }
  return Object.freeze({
    mode,
    runIn,
    builtins: resolveBuiltins(options.builtins ?? (mode === "expression" ? "expression" : DEFAULTS.builtins)),
    globals: resolveGlobals(options.globals ?? DEFAULTS.globals),
    limits: resolveLimits(limits),
    layers: resolveLayers(options.layers ?? {}),
    modules: resolveModules(options.modules ?? DEFAULTS.modules),
  });
}

function resolveBuiltins(builtins: unknown): BuiltinsPreset | readonly string[] {
  if (builtins === "expression" || builtins === "standard") return builtins;
  if (Array.isArray(builtins) && builtins.every((b) => typeof b === "string")) return Object.freeze([...builtins]);
  return fail(`builtins must be "expression", "standard" or an array of names`);
}

/** Endowments are read once, here: a getter or proxy in them runs now, and a failure is an options error. */
function resolveGlobals(globals: unknown): Readonly<Record<string, unknown>> {
  if (typeof globals !== "object" || globals === null || Array.isArray(globals)) fail("globals must be a plain object");
  const snapshot: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  try {
    for (const name of Object.keys(globals)) snapshot[name] = (globals as Record<string, unknown>)[name];
  } catch (error) {
    fail(`globals could not be read: ${error instanceof Error ? error.message : "unknown failure"}`);
  }
  for (const name of Object.keys(snapshot)) {
    if (!IDENTIFIER.test(name)) fail(`globals: ${JSON.stringify(name)} is not a plain identifier`);
    if (UNBINDABLE.has(name)) fail(`globals: ${JSON.stringify(name)} cannot be bound in strict mode code`);
  }
  return Object.freeze(snapshot);
}

/** What compile and check accept: the names run() will be given, if the caller declares them, and whether the program is asynchronous. */
export function resolveCompileOptions(options: unknown): { readonly declared: ReadonlySet<string> | undefined; readonly async: boolean } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) fail("compile options must be an object");
  rejectUnknown(options, COMPILE_KEYS, "compile option");
  const { inputs, async = false } = options as { inputs?: unknown; async?: unknown };
  if (typeof async !== "boolean") fail("compile option async must be true or false");
  if (inputs === undefined) return { declared: undefined, async };
  if (!Array.isArray(inputs) || !inputs.every((name) => typeof name === "string")) fail("compile option inputs must be an array of names");
  return { declared: new Set(inputs as string[]), async };
}

/** Inputs of one run: an object whose own keys are the inputs. */
export function inputKeys(inputs: unknown): string[] {
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) fail("inputs must be an object of named values");
  try {
    return Object.keys(inputs);
  } catch (error) {
    return fail(`inputs could not be read: ${error instanceof Error ? error.message : "unknown failure"}`);
  }
}

/** The source of a program: a string, nothing else (no toString of the caller's objects). */
export function sourceText(source: unknown): string {
  if (typeof source !== "string") fail(`source must be a string, got ${source === null ? "null" : typeof source}`);
  return source as string;
}

function resolveLimits(limits: Partial<Limits>): Limits {
  if (typeof limits !== "object" || limits === null || Array.isArray(limits)) fail("limits must be an object");
  rejectUnknown(limits, new Set(Object.keys(DEFAULTS.limits)), "limit");
  const resolved = { ...DEFAULTS.limits, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) fail(`limits.${name} must be a positive finite number, got ${String(value)}`);
  }
  return Object.freeze(resolved);
}

function resolveLayers(layers: Partial<Record<Layer, boolean>>): Readonly<Record<Layer, boolean>> {
  rejectUnknown(layers, new Set(LAYERS), "layer");
  const resolved = { ...DEFAULTS.layers, ...layers };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== "boolean") fail(`layers.${name} must be true or false`);
  }
  return Object.freeze(resolved);
}

function rejectUnknown(object: object, known: ReadonlySet<string>, what: string): void {
  for (const key of Object.keys(object)) {
    if (!known.has(key)) fail(`unknown ${what} ${JSON.stringify(key)}; known: ${[...known].join(", ")}`);
  }
}

function fail(message: string): never {
  throw new SandboxOptionsError(message);
}

export function weakenedLayers(layers: Readonly<Record<Layer, boolean>>): readonly Layer[] {
  return Object.freeze(LAYERS.filter((layer) => !layers[layer]));
}
