/**
 * Why: corpus files name the host values they attack (`// globals: hostFn data`, `// inputs: input`,
 * `// modules: hostLib`);
 * this is the fixed catalog those names map to. Every value is made fresh for each attempt, so an
 * attempt that mutates one (possible when the isolation layer is off) cannot disturb the next, and
 * the snapshot taken before the attempt shows what it changed. Host function sources carry a marker
 * string: seeing it in a result means the guest read host source text.
 */

import { inspect } from "node:util";
import { withCallbacks } from "../membrane/callbacks.js";

/** Appears only inside host function sources; a result or error that contains it leaked host source. */
export const HOST_SECRET = "rf-host-secret";

type Maker = () => unknown;

const GLOBALS: Readonly<Record<string, Maker>> = {
  /** An ordinary (strict, module) host function: returns its argument. */
  hostFn: () => function hostFn(x: unknown) { /* rf-host-secret */ return x; },
  /** A host function that throws a host TypeError. */
  hostThrow: () => function hostThrow() { /* rf-host-secret */ throw new TypeError("the host refuses"); },
  /** A sloppy-mode host function (as made by `new Function`) that calls its argument back. */
  hostSloppy: () => new Function("cb", "/* rf-host-secret */ return typeof cb === 'function' ? cb(1, 'two') : cb"),
  /** A host function that does host work (JSON.stringify) over what it is given. */
  hostJson: () => function hostJson(x: unknown) { /* rf-host-secret */ return JSON.stringify(x); },
  /** An async host function: it returns a host Promise. */
  hostAsync: () => async function hostAsync() { /* rf-host-secret */ return 1; },
  /** A host object with a method, an accessor and nested data. */
  hostObj: () => ({
    greet(name: unknown) { /* rf-host-secret */ return `hi ${String(name)}`; },
    get secret() { /* rf-host-secret */ return "shh"; },
    nested: { list: [1, 2, 3] },
  }),
  /** A host function returning a fresh host object each call. */
  hostMake: () => function hostMake() { /* rf-host-secret */ return { made: [1, 2], at: new Date(0), note: "fresh" }; },
  /** An async host function that rejects with a host TypeError. */
  hostReject: () => async function hostReject() { /* rf-host-secret */ throw new TypeError("the host refuses, later"); },
  /** A host function whose promise never settles. */
  hostNever: () => function hostNever() { /* rf-host-secret */ return new Promise<never>(() => undefined); },
  /** An async host function resolving to a host object with a getter, a method and nested data. */
  hostAsyncObj: () => async function hostAsyncObj() {
    /* rf-host-secret */
    return { get secret() { /* rf-host-secret */ return "shh"; }, greet(name: unknown) { /* rf-host-secret */ return `hi ${String(name)}`; }, nested: { list: [1, 2] } };
  },
  /** An async host function resolving to an instance of a host class (its prototype holds the methods). */
  hostAsyncInstance: () => {
    class HostRecord { readonly id = 7; describe() { /* rf-host-secret */ return `record ${this.id}`; } }
    return async function hostAsyncInstance() { /* rf-host-secret */ return new HostRecord(); };
  },
  /** An async host function resolving to a host function. */
  hostAsyncFn: () => async function hostAsyncFn() { /* rf-host-secret */ return function hostResolved(x: unknown) { /* rf-host-secret */ return x; }; },
  /** A host function returning an object with a getter and a `then` that resolves to a host object. */
  hostThenable: () => function hostThenable() {
    /* rf-host-secret */
    return {
      get value() { /* rf-host-secret */ return { at: new Date(0) }; },
      then(resolve: (value: unknown) => void) { /* rf-host-secret */ resolve({ from: "host then", err: new TypeError("host") }); },
    };
  },
  /** An async host function that awaits what it is given (a thenable's `then` gets the host's resolvers). */
  hostAwait: () => async function hostAwait(x: unknown) { /* rf-host-secret */ return await x; },
  /** A host function that logs what it is given the way Node does (util.inspect honours custom inspectors). */
  hostInspect: () => function hostInspect(x: unknown) { /* rf-host-secret */ return inspect(x, { depth: 2 }).length; },
  /** A host function that calls its guest callback and, when it throws, annotates the error with host context and reports its message. */
  hostTry: () => withCallbacks(function hostTry(callback: () => unknown) {
    /* rf-host-secret */
    try {
      return callback();
    } catch (error) {
      try { (error as Record<string, unknown>).hostContext = { at: new Date(0), retry: hostTry }; } catch { /* a frozen error */ }
      return `failed: ${String((error as { message?: unknown } | null)?.message)}`;
    }
  }),
  /** A host function that calls its guest callback at once, with a host object, a host error and a host function. */
  hostCallNow: () => withCallbacks(function hostCallNow(callback: (...args: unknown[]) => unknown) {
    /* rf-host-secret */
    return callback({ list: [1, 2], at: new Date(0) }, new TypeError("host argument"), function hostArgument() { /* rf-host-secret */ return 1; });
  }),
  /** A host function that keeps its guest callback and calls the one it kept before (on a later call, perhaps in a later run) with a host object. */
  hostKeep: () => {
    let kept: ((...args: unknown[]) => unknown) | undefined;
    return withCallbacks(function hostKeep(callback: (...args: unknown[]) => unknown) {
      /* rf-host-secret */
      const previous = kept;
      kept = callback;
      return previous === undefined ? "kept" : previous({ list: [1, 2], err: new TypeError("host argument") });
    });
  },
  /** A host function that calls its first callback and, when that throws, hands what it threw to its second (an error handler). */
  hostRecover: () => withCallbacks(function hostRecover(attempt: () => unknown, onError: (error: unknown) => unknown) {
    /* rf-host-secret */
    try {
      return attempt();
    } catch (error) {
      return onError(error);
    }
  }),
  /** A host function that keeps its guest callback and calls it from a host timer, after the run is over (errors swallowed). */
  hostDefer: () => withCallbacks(function hostDefer(callback: (...args: unknown[]) => unknown) {
    /* rf-host-secret */
    setTimeout(() => { try { callback({ list: [1, 2], err: new TypeError("host argument") }); } catch { /* a refused late call */ } }, 0);
    return "deferred";
  }),
};

const INPUTS: Readonly<Record<string, Maker>> = {
  input: () => ({
    list: [1, 2, 3],
    text: "abc",
    when: new Date(0),
    re: /ab+c/g,
    err: new RangeError("from the host"),
    map: new Map<string, unknown>([["k", { v: 1 }]]),
    nested: { deep: { leaf: true } },
    get lazy() { /* rf-host-secret */ return "lazy"; },
  }),
};

/** Module-mode entries (a Sandbox's `modules` option), imported by their catalog name as the specifier. */
const MODULES: Readonly<Record<string, Maker>> = {
  /** A host namespace: a function, an async function and nested data (no Map or Date: freezing refuses internal state). */
  hostLib: () => ({
    namespace: {
      greet(name: unknown) { /* rf-host-secret */ return `hi ${String(name)}`; },
      async load() { /* rf-host-secret */ return { loaded: [1, 2] }; },
      settings: { nested: { list: [1, 2, 3], mode: "strict" } },
      version: 1,
    },
  }),
  /** A guest source module with live state and a function. */
  guestLib: () => ({ source: "export const list = [1, 2, 3];\nexport let counter = 0;\nexport function bump() { counter += 1; return counter; }\nexport default function twice(x) { return x * 2; }" }),
};

export const GLOBAL_NAMES: readonly string[] = Object.keys(GLOBALS);
export const INPUT_NAMES: readonly string[] = Object.keys(INPUTS);
export const MODULE_NAMES: readonly string[] = Object.keys(MODULES);

function make(table: Readonly<Record<string, Maker>>, names: readonly string[]): Record<string, unknown> {
  const made: Record<string, unknown> = {};
  for (const name of names) {
    const maker = table[name];
    if (!maker) throw new Error(`no catalog entry ${JSON.stringify(name)}; known: ${Object.keys(table).join(", ")}`);
    made[name] = maker();
  }
  return made;
}

export function makeGlobals(names: readonly string[]): Record<string, unknown> {
  return make(GLOBALS, names);
}

export function makeInputs(names: readonly string[]): Record<string, unknown> {
  return make(INPUTS, names);
}

export function makeModules(names: readonly string[]): Record<string, unknown> {
  return make(MODULES, names);
}
