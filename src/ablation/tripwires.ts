/**
 * Why: an escape test must show that nothing got out, not merely that something threw. Tripwires are
 * facts about the host that an escape would change: the host's global object and intrinsic
 * prototypes, a canary value on the host global, and whether a value handed back is a host-realm
 * function or object that was not copied by the membrane.
 */
import { types } from "node:util";

const CANARY = "__ringfenceCanary";
const PROTOTYPES: Record<string, object> = {
  "Object.prototype": Object.prototype, "Function.prototype": Function.prototype, "Array.prototype": Array.prototype,
  "String.prototype": String.prototype, "Number.prototype": Number.prototype, "Promise.prototype": Promise.prototype,
  "Error.prototype": Error.prototype, "RegExp.prototype": RegExp.prototype, "Map.prototype": Map.prototype,
};

export interface HostSnapshot {
  readonly keys: Readonly<Record<string, string>>;
  readonly canary: unknown;
}

function describe(object: object): string {
  return Reflect.ownKeys(object).map((k) => {
    const d = Reflect.getOwnPropertyDescriptor(object, k)!;
    return `${String(k)}:${d.get || d.set ? "accessor" : typeof d.value}`;
  }).sort().join(",");
}

export function installCanary(): void {
  if (!Object.hasOwn(globalThis, CANARY)) Object.defineProperty(globalThis, CANARY, { value: Object.freeze({ alive: true }), writable: true, configurable: true });
}

export function snapshotHost(): HostSnapshot {
  installCanary();
  const keys: Record<string, string> = { globalThis: describe(globalThis) };
  for (const [name, proto] of Object.entries(PROTOTYPES)) keys[name] = describe(proto);
  return { keys, canary: (globalThis as Record<string, unknown>)[CANARY] };
}

/** Every difference between two snapshots, as readable lines; empty when the host is untouched. */
export function hostChanges(before: HostSnapshot, after: HostSnapshot): string[] {
  const changes: string[] = [];
  for (const [name, keys] of Object.entries(before.keys)) if (after.keys[name] !== keys) changes.push(`${name} changed`);
  if (after.canary !== before.canary || (after.canary as { alive?: unknown })?.alive !== true) changes.push("canary touched");
  return changes;
}

/** True when `value` is (or holds, one level deep) a host-realm function - a leaked capability. */
export function holdsHostFunction(value: unknown): boolean {
  const values = typeof value === "object" && value !== null && !types.isProxy(value) ? [value, ...Object.values(value)] : [value];
  return values.some((v) => typeof v === "function" && v instanceof Function);
}
