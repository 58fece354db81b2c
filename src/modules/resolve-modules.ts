/**
 * Why: the `modules` option is read once, when the Sandbox is made, like `globals`: a getter or proxy
 * in it runs now, and anything that is not exactly a host namespace or a guest source is an options
 * error, so the linker only ever sees well-formed entries.
 */
import { SandboxOptionsError } from "../errors.js";
import type { ModuleEntry } from "../options.js";

export function resolveModules(modules: unknown): Readonly<Record<string, ModuleEntry>> {
  const resolved: Record<string, ModuleEntry> = Object.create(null) as Record<string, ModuleEntry>;
  try {
    if (!isPlainRecord(modules)) fail("modules must be a plain object mapping specifiers to { namespace } or { source }");
    for (const specifier of Object.keys(modules)) resolved[specifier] = resolveEntry(specifier, modules[specifier]);
  } catch (error) {
    if (error instanceof SandboxOptionsError) throw error;
    fail(`modules could not be read: ${error instanceof Error ? error.message : "unknown failure"}`);
  }
  return Object.freeze(resolved);
}

function resolveEntry(specifier: string, entry: unknown): ModuleEntry {
  const where = `modules[${JSON.stringify(specifier)}]`;
  if (specifier.length === 0) fail("modules: a specifier cannot be empty");
  if (!isPlainRecord(entry)) fail(`${where} must be { namespace: {...} } or { source: "..." }`);
  const keys = Object.keys(entry);
  if (keys.length !== 1 || (keys[0] !== "namespace" && keys[0] !== "source")) fail(`${where} must have exactly one of "namespace" or "source", got ${keys.map((k) => JSON.stringify(k)).join(", ") || "neither"}`);
  if (keys[0] === "source") {
    const source = entry.source;
    if (typeof source !== "string") fail(`${where}.source must be a string`);
    return Object.freeze({ source });
  }
  const namespace = entry.namespace;
  if (!isPlainRecord(namespace)) fail(`${where}.namespace must be a plain object of exports`);
  const snapshot: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of Object.keys(namespace)) snapshot[name] = namespace[name];
  return Object.freeze({ namespace: Object.freeze(snapshot) });
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function fail(message: string): never {
  throw new SandboxOptionsError(message);
}
