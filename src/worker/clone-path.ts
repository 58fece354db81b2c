/**
 * Why: with runIn: "worker", endowments and inputs cross to the worker by structured clone, which
 * refuses functions, symbols and host objects with one flat message. The caller needs to know which
 * part of the value to fix, so on failure this finds the deepest part that still fails on its own.
 * It runs only after a clone failed (or once per endowment at construction), never on the hot path.
 */
import { keyLabel } from "../membrane/path-label.js";

/** Deepest descent before settling for the path reached (values nested deeper still name their ancestor). */
const MAX_DEPTH = 64;

/** Where in `value` structured cloning fails (`inputs.user.save`), or undefined when it does not. */
export function uncloneablePath(value: unknown, path: string): string | undefined {
  return cloneable(value) ? undefined : deepestFailure(value, path, new Set(), 0);
}

function deepestFailure(value: unknown, path: string, seen: Set<object>, depth: number): string {
  if (typeof value !== "object" || value === null || seen.has(value) || depth >= MAX_DEPTH || !isPlainContainer(value)) return path;
  seen.add(value);
  const isArray = Array.isArray(value);
  for (const key of Object.keys(value)) {
    const childPath = `${path}${keyLabel(key, isArray)}`;
    let child: unknown;
    try {
      child = (value as Record<string, unknown>)[key];
    } catch {
      return childPath;
    }
    if (!cloneable(child)) return deepestFailure(child, childPath, seen, depth + 1);
  }
  return path;
}

/** Arrays and plain objects: the containers whose keys make a readable path. */
function isPlainContainer(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
