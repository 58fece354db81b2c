/**
 * Why: the only place that orders the realm's hardening. Order matters:
 * 1. The stack formatter goes in first, on every realm: it is substrate, not a layer, and it must be
 *    in place before Error is frozen. The allocation caps come next, on every realm too: they are
 *    budget, not a layer (tame-*-allocation.ts), and the wrappers must be in place before permits are
 *    applied, before instance-overridable methods become accessors, and before the freeze.
 * 2. (harden) Hidden intrinsics are collected while the syntax that reaches them still works and
 *    before globals such as Promise are removed.
 * 3. (harden) Function constructors, Promise and the regexp entry points (tame-regexp.ts) are tamed
 *    before permits are applied, so the trimming and the freeze cover the tamed versions too.
 * 4. (harden) Unpermitted properties are removed; the properties people override on instances become
 *    override-friendly accessors (tame-override-mistake.ts); then everything reachable is frozen.
 *    Removing or converting after freezing would fail; freezing before taming would lock the dangerous
 *    constructors in.
 * 5. The intrinsics guest code may use are captured, and the realm-side helpers (guards, membrane
 *    kit) are compiled, *before* the global object is emptied: they need the intrinsics by name.
 * 6. (whitelist) The realm's global object is emptied: guest names are lexical bindings, so the global
 *    object only matters when something reaches it anyway, and then it must hold nothing but `Error`:
 *    Node finds the realm's stack formatter through `globalThis.Error.prepareStackTrace`.
 * The host realm is never touched.
 */
import type vm from "node:vm";
import type { Limits } from "../options.js";
import { GLOBAL_PERMITS } from "./permits.js";
import { getHiddenIntrinsics } from "./hidden-intrinsics.js";
import { tameFunctionConstructors } from "./tame-function-constructors.js";
import { tamePromise } from "./tame-promise.js";
import { shieldHostFunction } from "./shield.js";
import { tameRegExp } from "./tame-regexp.js";
import { tameErrorStack, type FrameTable } from "./tame-error-stack.js";
import { removeUnpermitted, type RemovalReport } from "./remove-unpermitted.js";
import { harden } from "./harden.js";
import { tameOverrideMistake } from "./tame-override-mistake.js";
import { makeSizeGuards, type SizeControl } from "../guards/size-guards.js";
import { tameAllocations } from "./tame-allocations.js";

export interface RealmConfig {
  readonly harden: boolean;
  readonly whitelist: boolean;
  /** The run state (src/guards/run-state.ts): tamed builtins stop the run through it. */
  readonly state: Float64Array;
  /** The size caps tamed builtins enforce. */
  readonly limits: Limits;
}

export interface LockdownResult<H> {
  /** What `capture` returned: realm-side helpers compiled while the intrinsics were still named. */
  readonly helpers: H;
  /** Permitted intrinsics by global name, tamed where taming applies. */
  readonly intrinsics: Readonly<Record<string, unknown>>;
  readonly frames: FrameTable;
  readonly report: RemovalReport;
  /** Tamed intrinsics the guest has called, in order (the host clears it when it wants a fresh log). */
  readonly touched: string[];
  /** The size caps' stop, guards and kit (src/guards/size-guards.ts). */
  readonly size: SizeControl;
}

export function lockdown<H>(context: vm.Context, realmGlobal: object, config: RealmConfig, capture: (context: vm.Context) => H): LockdownResult<H> {
  const frames = tameErrorStack(context);
  const size = makeSizeGuards(context, config.state, config.limits);
  tameAllocations(context, size.kit);
  const report: RemovalReport = { removed: [], stuck: [] };
  const tamed: Record<string, object> = {};
  const touched: string[] = [];
  if (config.harden) {
    const hidden = getHiddenIntrinsics(context);
    // Runs during a guest call, maybe at the stack edge: plain push only (no regular expressions there).
    const touch = shieldHostFunction(context, (name: string) => { if (touched.length < 100) touched.push(name); });
    Object.assign(tamed, tameFunctionConstructors(context, hidden, touch));
    Object.assign(tamed, tamePromise(context, hidden));
    tameRegExp(context, touch);
    Object.assign(report, removeUnpermitted(realmGlobal, hidden));
    if (report.stuck.length > 0) throw new Error(`lockdown could not remove: ${report.stuck.join(", ")}`);
    tameOverrideMistake(context, (path) => resolvePath(realmGlobal, path));
    harden([realmGlobalValues(realmGlobal), ...Object.values(hidden), ...Object.values(tamed)].flat());
  }
  const intrinsics: Record<string, unknown> = {};
  for (const name of Object.keys(GLOBAL_PERMITS)) {
    if (name in tamed) intrinsics[name] = tamed[name];
    else if (Object.hasOwn(realmGlobal, name)) intrinsics[name] = (realmGlobal as Record<string, unknown>)[name];
  }
  const helpers = capture(context);
  if (config.whitelist) {
    for (const key of Reflect.ownKeys(realmGlobal)) if (key !== "Error") Reflect.deleteProperty(realmGlobal, key);
  }
  return { helpers, intrinsics: Object.freeze(intrinsics), frames, report, touched, size };
}

/** "Error.prototype" -> the realm's Error.prototype, read from the realm's global object. */
function resolvePath(realmGlobal: object, path: string): object | undefined {
  let value: unknown = realmGlobal;
  for (const part of path.split(".")) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[part];
  return typeof value === "object" || typeof value === "function" ? (value as object) : undefined;
}

function realmGlobalValues(realmGlobal: object): unknown[] {
  return Reflect.ownKeys(realmGlobal).filter((key) => key !== "globalThis").map((key) => (realmGlobal as Record<PropertyKey, unknown>)[key]);
}
