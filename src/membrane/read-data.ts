/**
 * Why: host code reads guest objects only through property descriptors, so no guest getter ever runs
 * in the host. These readers are the only way the host reads an error's name or message, or a module
 * run's namespace out of the array it comes in. The one kind of getter they do call is ringfence's own
 * override accessor (tame-override-mistake.ts), which returns a value captured at lockdown and runs no
 * guest code.
 */
import { types } from "node:util";

const trustedGetters = new WeakSet<object>();

/** Marks a realm getter created by ringfence itself as safe for host code to call. */
export function trustGetter(getter: object): void {
  trustedGetters.add(getter);
}

function valueOf(descriptor: PropertyDescriptor, holder: object): unknown {
  if (descriptor.get && trustedGetters.has(descriptor.get)) return Reflect.apply(descriptor.get, holder, []);
  return descriptor.value;
}

/**
 * An own data property's string value, or "" (accessors other than ringfence's own are not run, and a
 * proxy is not read at all: its getOwnPropertyDescriptor trap is guest code, and could throw a realm
 * object into the host code reading it).
 */
export function dataString(object: object, key: string): string {
  const value = dataValue(object, key);
  return typeof value === "string" ? value : "";
}

/** An own data property's value, or undefined: read as dataString reads, from any value (a primitive has none). */
export function dataValue(object: unknown, key: string): unknown {
  if ((typeof object !== "object" && typeof object !== "function") || object === null || types.isProxy(object)) return undefined;
  const d = Reflect.getOwnPropertyDescriptor(object, key);
  return d && valueOf(d, object);
}

/** The nearest data property `key` along the prototype chain, as a string; stops at proxies and accessors. */
export function inheritedDataString(object: object, key: string, fallback: string): string {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
    if (types.isProxy(o)) break;
    const d = Reflect.getOwnPropertyDescriptor(o, key);
    if (!d) continue;
    const value = valueOf(d, o);
    return typeof value === "string" ? value : fallback;
  }
  return fallback;
}
