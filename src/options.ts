/**
 * Why: options are attack surface. Defaults deny (every layer on, small budgets, no endowments),
 * are frozen, and anything unknown - a misspelt key, a wrong type, a layer name we do not have - is an
 * error rather than silently ignored. Every option is documented next to its default.
 */
import { SandboxOptionsError, type Layer } from "./errors.js";

export type Mode = "expression" | "script";
export type BuiltinsPreset = "expression" | "standard";

export interface Limits {
  /** Steps: one is charged at every loop iteration and every function entry. */
  readonly steps: number;
  /** Wall-clock deadline for one run, checked every few hundred steps. */
  readonly timeoutMs: number;
  /** Largest accepted source, in UTF-16 code units. */
  readonly maxSourceLength: number;
  /** Deepest accepted bracket nesting (parentheses, brackets and braces together). */
  readonly maxNesting: number;
}

export interface SandboxOptions {
  readonly mode?: Mode;
  readonly builtins?: BuiltinsPreset | readonly string[];
  readonly globals?: Readonly<Record<string, unknown>>;
  readonly limits?: Partial<Limits>;
  readonly layers?: Partial<Record<Layer, boolean>>;
}

export interface ResolvedOptions {
  readonly mode: Mode;
  readonly builtins: BuiltinsPreset | readonly string[];
  readonly globals: Readonly<Record<string, unknown>>;
  readonly limits: Limits;
  readonly layers: Readonly<Record<Layer, boolean>>;
}

export const LAYERS: readonly Layer[] = Object.freeze(["validator", "guards", "whitelist", "freeze", "harden", "isolation"]);

export const DEFAULTS: ResolvedOptions = Object.freeze({
  mode: "script",
  builtins: "standard",
  globals: Object.freeze({}),
  // maxSourceLength: compiling is not budgeted, and acorn's duplicate-declaration check is quadratic in
  // the number of declarations in one scope; 100 KB of source compiles in well under a second.
  // maxNesting: parse time grows with depth x identifiers; real programs rarely nest past a few dozen.
  limits: Object.freeze({ steps: 1_000_000, timeoutMs: 1000, maxSourceLength: 100_000, maxNesting: 256 }),
  layers: Object.freeze({ validator: true, guards: true, whitelist: true, freeze: true, harden: true, isolation: true }),
});

const TOP_KEYS = new Set(["mode", "builtins", "globals", "limits", "layers"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Names strict mode forbids binding; they can be neither endowments nor inputs. */
export const UNBINDABLE: ReadonlySet<string> = new Set(["eval", "arguments"]);

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null) fail("options must be an object");
  rejectUnknown(options, TOP_KEYS, "option");
  const mode = options.mode ?? DEFAULTS.mode;
  if (mode === ("module" as Mode)) fail(`mode "module" is not available yet; use "expression" or "script"`);
  if (mode !== "expression" && mode !== "script") fail(`mode must be "expression" or "script", got ${JSON.stringify(mode)}`);
  return Object.freeze({
    mode,
    builtins: resolveBuiltins(options.builtins ?? (mode === "expression" ? "expression" : DEFAULTS.builtins)),
    globals: resolveGlobals(options.globals ?? DEFAULTS.globals),
    limits: resolveLimits(options.limits ?? {}),
    layers: resolveLayers(options.layers ?? {}),
  });
}

function resolveBuiltins(builtins: unknown): BuiltinsPreset | readonly string[] {
  if (builtins === "expression" || builtins === "standard") return builtins;
  if (Array.isArray(builtins) && builtins.every((b) => typeof b === "string")) return Object.freeze([...builtins]);
  return fail(`builtins must be "expression", "standard" or an array of names`);
}

function resolveGlobals(globals: unknown): Readonly<Record<string, unknown>> {
  if (typeof globals !== "object" || globals === null || Array.isArray(globals)) fail("globals must be a plain object");
  for (const name of Object.keys(globals)) {
    if (!IDENTIFIER.test(name)) fail(`globals: ${JSON.stringify(name)} is not a plain identifier`);
    if (UNBINDABLE.has(name)) fail(`globals: ${JSON.stringify(name)} cannot be bound in strict mode code`);
  }
  return globals as Readonly<Record<string, unknown>>;
}

function resolveLimits(limits: Partial<Limits>): Limits {
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
