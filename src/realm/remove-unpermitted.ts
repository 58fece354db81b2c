/**
 * Why: the mechanism behind permits.ts. Every own property of a permitted intrinsic (and of its
 * prototype) that the permits do not list is deleted, and its path is reported, so that a property a
 * newer engine adds shows up in the report instead of silently reaching guest code. A property that
 * cannot be deleted is reported as such, and lockdown refuses to continue.
 */
import { GLOBAL_PERMITS, HIDDEN_PERMITS, type Permit } from "./permits.js";

export interface RemovalReport {
  readonly removed: string[];
  readonly stuck: string[];
}

const FUNCTION_KEYS = ["length", "name", "prototype"];

function keyName(key: string | symbol): string {
  return typeof key === "symbol" ? `@@${(key.description ?? "").replace(/^Symbol\./, "")}` : key;
}

function trim(target: object, allowed: ReadonlySet<string>, path: string, report: RemovalReport): void {
  for (const key of Reflect.ownKeys(target)) {
    const name = keyName(key);
    if (allowed.has(name)) continue;
    if (Reflect.deleteProperty(target, key)) report.removed.push(`${path}.${name}`);
    else report.stuck.push(`${path}.${name}`);
  }
}

function names(list: string | undefined, implicit: readonly string[]): Set<string> {
  return new Set([...(list ? list.split(" ") : []), ...implicit]);
}

function applyPermit(target: object, permit: Permit, path: string, report: RemovalReport): void {
  trim(target, names(permit.statics, typeof target === "function" ? FUNCTION_KEYS : ["constructor"]), path, report);
  const prototype = typeof target === "function" ? (target as { prototype?: unknown }).prototype : undefined;
  if (permit.prototype !== undefined && typeof prototype === "object" && prototype !== null) {
    trim(prototype, names(permit.prototype, ["constructor"]), `${path}.prototype`, report);
  }
}

/** Trims the realm's global object and every permitted intrinsic. */
export function removeUnpermitted(realmGlobal: object, hidden: Record<string, object>): RemovalReport {
  const report: RemovalReport = { removed: [], stuck: [] };
  for (const key of Reflect.ownKeys(realmGlobal)) {
    const name = keyName(key);
    if (!Object.hasOwn(GLOBAL_PERMITS, name)) {
      if (Reflect.deleteProperty(realmGlobal, key)) report.removed.push(name);
      else report.stuck.push(name);
    }
  }
  for (const [name, permit] of Object.entries(GLOBAL_PERMITS)) {
    const value = (realmGlobal as Record<string, unknown>)[name];
    if (permit !== "value" && (typeof value === "function" || (typeof value === "object" && value !== null))) applyPermit(value, permit, name, report);
  }
  for (const [name, permit] of Object.entries(HIDDEN_PERMITS)) {
    const value = hidden[name];
    if (value) applyPermit(value, permit, name, report);
  }
  return report;
}
