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
  // Walked through descriptors: only the copy may run a host getter, once. What a getter returns is
  // unknown until then, so an accessor counts as state (fail closed: copied afresh for every run).
  return Object.keys(value).some((key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && ("value" in descriptor ? holdsInternalState(descriptor.value, seen) : true);
  });
}
