/**
 * Why: freezing protects properties, not internal slots. A frozen Map still accepts `set`, a frozen
 * Date `setTime`, and typed arrays cannot be frozen at all. An endowment holding one of these would let
 * a run leave state for the next, so the sandbox copies such endowments afresh for every run.
 */
import { types } from "node:util";

export function holdsInternalState(value: unknown, seen = new Set<object>()): boolean {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) return false;
  seen.add(value);
  if (types.isMap(value) || types.isSet(value) || types.isDate(value) || types.isRegExp(value) || types.isAnyArrayBuffer(value) || types.isArrayBufferView(value)) return true;
  if (typeof value === "function") return false;
  return Object.values(value).some((v) => holdsInternalState(v, seen));
}
