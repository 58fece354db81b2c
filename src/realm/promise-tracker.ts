/**
 * Why: Node reports a rejected promise that has no handler as an unhandled rejection and, by default,
 * ends the process - for promises of every realm, whatever the context's microtask mode. Guest code
 * can reject promises nobody handles at will (`Promise.reject(1)`, an async function that throws).
 * While an asynchronous run is in progress (and while its leftover jobs are flushed), a V8 promise
 * hook sees every promise created in the isolate; those whose prototype is an active realm's
 * Promise.prototype get a do-nothing rejection handler at once, so they are never "unhandled". Guest
 * promises cannot have another prototype at creation: the realm's Promise refuses subclassing
 * (src/realm/tame-promise.ts). Host promises are left alone, so the host's own unhandled rejections
 * are still reported as usual. The hook is installed only while some run needs it: it costs every
 * promise in the process a call. An exception thrown by a promise hook is fatal to the process, so the
 * hook catches everything; a promise it could not mark (at the very edge of the stack) is kept and
 * marked when the run releases the tracker, before Node looks for unhandled rejections. Promises are
 * marked again when they settle: at the very edge of the stack V8 cannot even enter the init hook, but
 * a promise created there settles later in a job, with room to spare.
 */
import v8 from "node:v8";

export interface RealmPromises {
  /** The realm's Promise.prototype. */
  readonly prototype: object;
  /** The realm's Promise.prototype.then. */
  readonly then: (this: unknown, onFulfilled: undefined, onRejected: () => void) => unknown;
  /** A realm function that does nothing. */
  readonly ignore: () => void;
}

const active = new Map<object, { readonly realm: RealmPromises; users: number }>();
let stopHook: (() => void) | undefined;
let marking = false;
const missed: Promise<unknown>[] = [];
/** Promises already marked, and the promises marking made. */
const marked = new WeakSet<object>();

function onInit(promise: Promise<unknown>): void {
  if (marking) return; // the promise `then` creates below
  marking = true;
  try {
    mark(promise);
  } catch {
    try { missed.push(promise); } catch { /* nothing more can be done without stack; see release */ }
  } finally {
    marking = false;
  }
}

/**
 * A promise given its own `constructor` is skipped: `then` would look up a guest species there (and
 * the realm's `then` refuses such promises). Only a promise the init hook could not mark, at the very
 * edge of the stack, can reach here with one.
 */
function mark(promise: Promise<unknown>): void {
  if (marked.has(promise)) return;
  const entry = active.get(Reflect.getPrototypeOf(promise) as object);
  if (entry === undefined || Reflect.getOwnPropertyDescriptor(promise, "constructor") !== undefined) return;
  // The promise `then` returns never rejects, so it needs no mark of its own (marking it as it settles would never end).
  marked.add(Reflect.apply(entry.realm.then, promise, [undefined, entry.realm.ignore]) as object);
  marked.add(promise);
}

/** Marks every promise of `realm` handled from now until the returned function is called. */
export function trackRealmPromises(realm: RealmPromises): () => void {
  marking = false; // a drain ended by Node's watchdog skips finally blocks, this hook's included
  const entry = active.get(realm.prototype) ?? { realm, users: 0 };
  entry.users++;
  active.set(realm.prototype, entry);
  if (!stopHook) {
    const stopInit = v8.promiseHooks.onInit(onInit) as () => void;
    const stopSettled = v8.promiseHooks.onSettled(onInit) as () => void;
    stopHook = () => { stopInit(); stopSettled(); };
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    marking = true;
    for (const promise of missed.splice(0)) {
      try { mark(promise); } catch { /* never let the run's end fail over a promise */ }
    }
    marking = false;
    if (--entry.users === 0) active.delete(realm.prototype);
    if (active.size === 0 && stopHook) {
      stopHook();
      stopHook = undefined;
    }
  };
}
