/**
 * Why: the runtime twins of the static rules, and the budget. They are compiled inside the guest's
 * realm (so every error they throw is a realm error and no host function is ever handed to guest
 * code), created once per Sandbox, and passed to compiled programs as lexical parameters - never as
 * properties of any global object (vm2 GHSA-2cm2).
 *
 * - $rf_key(k, site): converts k to a property key exactly once, refuses forbidden keys, returns the
 *   primitive. Twin of the forbidden-key rules (src/guards/forbidden-keys.ts).
 * Every guard refuses to work once the run is over: no guest code may do anything after its run.
 * - $rf_tick(site): charges one step; at least every CHECK_EVERY steps it also reads the clock.
 * - $rf_resume(value, site): charges one step where an async function resumes after `await`, and
 *   passes the awaited value through.
 * - $rf_catch(e): rethrows once the run is over (budget or refusal: guest catch and finally cannot
 *   swallow them) and, with the guards layer on, replaces values born outside the realm.
 *
 * Shared state is a host Float64Array (indexed access never consults a prototype):
 *   [0] steps until the next slow check  [1] steps left after that  [2] deadline (ms, host clock;
 *   0 until the first tick - reading the clock costs more than a whole short run, so it is read at the
 *   run's first tick, and straight-line code before any loop or call is not timed)
 *   [3] status (see RunStatus)            [4] site of the trip or refusal  [5] timeout (ms)
 *   [6] steps per clock check now         [7] time of the last clock check
 * How often the clock is read adapts: after it starts, checks come after 1, 2, 4 ... up to CHECK_EVERY
 * steps while steps are fast, and four times more often as soon as a stretch between two checks took
 * more than a thirty-second of the timeout (slow steps: long native calls in a loop). So a tight loop
 * pays for the clock rarely, and a loop that is slow throughout overruns its deadline by about one
 * such stretch plus one step. A loop that runs fast until the interval has grown and then turns slow
 * would overrun by up to CHECK_EVERY slow steps, but the deadline watchdog thread
 * (deadline-watchdog.ts) zeroes the countdown within about a millisecond of the deadline, so the next
 * step after it checks the clock.
 */
import vm from "node:vm";
import { types } from "node:util";
import { shieldHostFunction } from "../realm/shield.js";

export { RunStatus, Slot } from "./run-state.js";

/** Steps between two deadline checks. */
const CHECK_EVERY = 256;

export type Guards = {
  readonly $rf_key: (key: unknown, site: number) => PropertyKey;
  readonly $rf_tick: (site: number) => void;
  readonly $rf_resume: (value: unknown, site: number) => unknown;
  readonly $rf_catch: (caught: unknown) => unknown;
};

export interface GuardControl {
  readonly guards: Guards;
  readonly state: Float64Array;
  /** The key last refused, for the error message. */
  refusedKey(): string;
}

const GUARDS_SOURCE = `
"use strict";
const ownKeys = Reflect.ownKeys;
const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, defineProperty = Object.defineProperty;
const RealmRangeError = RangeError, RealmTypeError = TypeError, RealmError = Error, stringify = JSON.stringify;
// Every intrinsic is captured here: after lockdown the realm's global object is empty.
const forbidden = Object.create(null);
for (const k of forbiddenKeys) forbidden[k] = true;
Object.freeze(forbidden);
let refused = "";

function stop(status, site, error) {
  if (state[3] === 0) { state[3] = status; state[4] = site; }
  state[0] = 0; // every later tick takes the slow path, which ends the run there
  throw error;
}
// Once a run has stopped, every guard it reaches throws one of these, made once: no guest code can
// hold them (catch and reactions end at their own guard first), and an asynchronous run that is cut
// off may reach thousands of guards, where a fresh error each (a stack capture) would cost seconds.
const exhausted = Object.freeze(new RealmRangeError("ringfence: the run's budget is exhausted"));
const afterRefusal = Object.freeze(new RealmTypeError("ringfence: the run was stopped after a refused access"));
const runOver = Object.freeze(new RealmError("ringfence: this run is over"));
function over(site) {
  const status = state[3];
  if (status === 1 || status === 2) stop(status, site, exhausted);
  if (status === 3) stop(status, site, afterRefusal);
  stop(4, site, runOver);
}
function slowTick(site) {
  if (state[3] !== 0) over(site);
  if (state[1] <= 0) stop(1, site, new RealmRangeError("ringfence: step budget exhausted"));
  const time = now();
  if (state[2] === 0) { state[2] = time + state[5]; state[6] = 1; }
  else if (time > state[2]) stop(2, site, new RealmRangeError("ringfence: time budget exhausted"));
  else if (time - state[7] > state[5] / 32) state[6] = state[6] > 4 ? state[6] / 4 : 1;
  else if (state[6] < checkEvery) state[6] *= 2;
  state[7] = time;
  const next = state[1] < state[6] ? state[1] : state[6];
  state[1] -= next;
  state[0] = next;
}
function toPropertyKey(key) {
  const box = { [key]: 0 };
  return ownKeys(box)[0];
}
// Foreign means born in the host: its prototype chain ends at the host's Object.prototype. A guest
// object may end its chain anywhere (Object.create(null) bases), so that alone is not foreign.
// The walk stops at a proxy: a proxy is never born in the host when isolation is on, and walking
// through one would run its traps (and loop forever on a proxy prototype cycle).
function isForeign(value) {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
  let root = value;
  for (;;) {
    if (isProxy(root)) return false;
    const proto = getPrototypeOf(root);
    if (proto === null) return root === hostObjectPrototype;
    root = proto;
  }
}
function dataString(value, key) {
  const d = getOwnPropertyDescriptor(value, key);
  return d && typeof d.value === "string" ? d.value : "";
}
const guards = {
  $rf_key(key, site) {
    if (state[3] !== 0) over(site);
    if (typeof key === "string") {
      if (forbidden[key] === true) { refused = key; stop(3, site, new RealmTypeError("ringfence: access to " + stringify(key) + " is not allowed")); }
      return key;
    }
    if (typeof key === "number" || typeof key === "symbol") return key;
    const converted = toPropertyKey(key);
    if (typeof converted === "string" && forbidden[converted] === true) { refused = converted; stop(3, site, new RealmTypeError("ringfence: access to " + stringify(converted) + " is not allowed")); }
    return converted;
  },
  $rf_tick(site) {
    if (--state[0] > 0) return;
    slowTick(site);
  },
  $rf_resume(value, site) {
    if (--state[0] <= 0) slowTick(site);
    return value;
  },
  $rf_catch(caught) {
    if (state[3] !== 0) throw caught;
    if (!sanitize || !isForeign(caught)) return caught;
    const replaced = new RealmError(dataString(caught, "message"));
    const name = dataString(caught, "name");
    if (name) defineProperty(replaced, "name", { value: name, writable: true, enumerable: false, configurable: true });
    return replaced;
  },
};
return { guards: Object.freeze(guards), refusedKey: () => refused };
`;

export function makeGuards(context: vm.Context, state: Float64Array, forbiddenKeys: readonly string[], sanitize: boolean, now: () => number): GuardControl {
  const factory = vm.compileFunction(GUARDS_SOURCE, ["state", "forbiddenKeys", "sanitize", "now", "checkEvery", "hostObjectPrototype", "isProxy"], { parsingContext: context });
  const made = factory(state, [...forbiddenKeys], sanitize, shieldHostFunction(context, now), CHECK_EVERY, Object.prototype, shieldHostFunction(context, types.isProxy)) as { guards: Guards; refusedKey(): string };
  return { guards: made.guards, state, refusedKey: made.refusedKey };
}
