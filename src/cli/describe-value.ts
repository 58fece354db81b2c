/**
 * Why: results are host data (copied out), but JSON cannot show undefined, NaN, BigInt, Map, Set or
 * Date faithfully. For people the CLI prints util.inspect's view; for --json it maps those values to a
 * tagged JSON form so nothing is silently lost.
 */
import { inspect } from "node:util";

export function describeValue(value: unknown, forPeople = false): unknown {
  if (forPeople) return inspect(value, { depth: 8, colors: false });
  return toJson(value, new Set());
}

function toJson(value: unknown, seen: Set<object>): unknown {
  if (value === undefined) return { $undefined: true };
  if (typeof value === "number" && !Number.isFinite(value)) return { $number: String(value) };
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return { $cycle: true };
  seen.add(value);
  try {
    if (value instanceof Date) return { $date: value.toISOString() };
    if (value instanceof RegExp) return { $regexp: String(value) };
    if (value instanceof Map) return { $map: [...value].map(([k, v]) => [toJson(k, seen), toJson(v, seen)]) };
    if (value instanceof Set) return { $set: [...value].map((v) => toJson(v, seen)) };
    if (value instanceof Error) return { $error: { name: value.name, message: value.message } };
    if (Array.isArray(value)) return value.map((v) => toJson(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, seen)]));
  } finally {
    seen.delete(value);
  }
}
