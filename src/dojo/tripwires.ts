/**
 * Why: what counts as an escape in the dojo. Tripwires are facts about the host process that an
 * attempt kept inside its sandbox cannot change: the attempt's value is the host's `process`,
 * `globalThis` or `Function` (or holds one as a property); the canary on the host's globalThis was
 * touched; or an own property of the host's global object, of a watched builtin or of an intrinsic
 * prototype was added, removed or replaced (prototype pollution, a replaced `Math.max`). They are
 * evidence, not suspicion: an attempt that got out and left no trace is reported as held, which is why
 * the tutorial asks for a trace.
 */
import { types } from "node:util";

// Taken before any attempt runs, so that an attempt that deletes or replaces them is reported, not obeyed.
const { ownKeys, getOwnPropertyDescriptor } = Reflect;
const { defineProperty, entries, freeze, is } = Object;
const { stringify } = JSON;

const CANARY = "__ringfenceCanary";

const WATCHED: Readonly<Record<string, object>> = {
  globalThis, Object, Function, Array, String, Number, Math, JSON, Reflect,
  "Object.prototype": Object.prototype, "Function.prototype": Function.prototype, "Array.prototype": Array.prototype,
  "String.prototype": String.prototype, "Number.prototype": Number.prototype, "Boolean.prototype": Boolean.prototype,
  "Map.prototype": Map.prototype, "Set.prototype": Set.prototype, "Promise.prototype": Promise.prototype,
  "Error.prototype": Error.prototype, "RegExp.prototype": RegExp.prototype,
};

const CAPABILITIES: ReadonlyMap<unknown, string> = new Map<unknown, string>([[process, "process"], [globalThis, "globalThis"], [Function, "Function constructor"]]);

export interface ChildReport {
  /** "unfinished": the process ended while the attempt was still running. */
  readonly outcome: "value" | "threw" | "unfinished";
  readonly detail: string;
  readonly tripwires: readonly string[];
}

export type Outcome = { readonly threw: boolean; readonly value: unknown };

type Snapshot = ReadonlyMap<string, ReadonlyMap<PropertyKey, readonly unknown[]>>;

function snapshot(): Snapshot {
  return new Map(entries(WATCHED).map(([name, object]) => [name, new Map(ownKeys(object).map((key) => {
    const d = getOwnPropertyDescriptor(object, key)!;
    return [key, [d.value, d.get, d.set]] as const;
  }))]));
}

function changes(before: Snapshot, after: Snapshot): string[] {
  const found: string[] = [];
  for (const [name, keys] of before) {
    const now = after.get(name)!;
    const added = [...now.keys()].filter((key) => !keys.has(key));
    const removed = [...keys.keys()].filter((key) => !now.has(key));
    const replaced = [...keys.keys()].filter((key) => now.has(key) && key !== CANARY && keys.get(key)!.some((v, i) => !is(v, now.get(key)![i])));
    for (const [what, list] of [["added", added], ["removed", removed], ["replaced", replaced]] as const) {
      if (list.length > 0) found.push(`changed the host's ${name}: ${what} ${list.map(String).join(", ")}`);
    }
  }
  return found;
}

function isObjectLike(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

/** The host capabilities in a value: the value itself, or else its own data properties. */
function capabilities(value: unknown): string[] {
  const own = isObjectLike(value) && !types.isProxy(value)
    ? ownKeys(value).map((key) => getOwnPropertyDescriptor(value, key)?.value) : [];
  const found = CAPABILITIES.has(value) ? [value] : own.filter((v) => CAPABILITIES.has(v));
  return [...new Set(found)].map((v) => `obtained the host's ${CAPABILITIES.get(v)}`);
}

function clip(text: string): string {
  return text.length > 240 ? `${text.slice(0, 240)}...` : text;
}

/** A short description that runs no code of the attempt's except, for errors, reading name and message. */
function describe(value: unknown): string {
  if (typeof value === "string") return stringify(clip(value));
  if (!isObjectLike(value)) return String(value);
  if (types.isProxy(value)) return "a proxy";
  if (types.isNativeError(value)) {
    try { return clip(`${String((value as Error).name)}: ${String((value as Error).message).replace(/\s+/g, " ")}`); } catch { return "an error"; }
  }
  return typeof value === "function" ? "a function" : Array.isArray(value) ? `an array of ${value.length}` : "an object";
}

/** Installs the canary and records the host; `report` then gives, as one JSON line, every tripwire that fired since. */
export function watchHost(): { report(outcome: Outcome | undefined): string } {
  const canary = freeze({ alive: true });
  defineProperty(globalThis, CANARY, { value: canary, writable: true, configurable: true });
  const before = snapshot();
  const judge = (outcome: Outcome | undefined): ChildReport => {
    const tripwires = changes(before, snapshot());
    if (getOwnPropertyDescriptor(globalThis, CANARY)?.value !== canary) tripwires.unshift(`wrote the canary globalThis.${CANARY}`);
    if (!outcome) return { outcome: "unfinished", detail: "", tripwires: ["ended the host process during the attempt", ...tripwires] };
    return { outcome: outcome.threw ? "threw" : "value", detail: describe(outcome.value), tripwires: [...(outcome.threw ? [] : capabilities(outcome.value)), ...tripwires] };
  };
  return { report: (outcome) => stringify(judge(outcome)) };
}
