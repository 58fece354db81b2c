/**
 * Why: a host function endowed to the guest is the classic way out of expression sandboxes
 * (expr-eval CVE-2025-12735): its `.constructor` is the host's Function. The guest gets a realm
 * function instead - a method, so not constructible and without a prototype - whose only link to the
 * host is a closure the guest cannot read. Arguments are copied out, the result copied in, and a host
 * error becomes a realm error with the same name and message, never the host error object. If even
 * that conversion fails (a stack overflow at the edge of the stack), the realm side of the wrapper
 * replaces whatever arrives with a realm error (realm-kit.ts). Each call is charged a step, as a
 * guard would charge it, so outside a run, or once its budget is spent, the wrapper refuses to call
 * the host at all: guest code resumed after its run is over (an async function's continuation) runs
 * only until its next guard, and a host call is not one it may make before that; and a builtin that
 * calls a host function over a huge array with no guest code between calls is stopped at the deadline.
 *
 * An async host function (one that returns a native promise) answers with a realm promise, settled by
 * the run when the host promise settles (host-calls.ts), with the value copied in or the error
 * converted; only an asynchronous run can wait for it. Guest function arguments reach the host only
 * when it asked for them (callbacks.ts).
 */
import { types } from "node:util";
import { SandboxCopyError } from "../errors.js";
import type { RealmKit } from "./realm-kit.js";
import { copyIn, type CopyInOptions } from "./copy-in.js";
import { copyOut } from "./copy-out.js";
import { lastSegment } from "./path-label.js";
import { needsCopy } from "./needs-copy.js";
import { acceptsCallbacks, makeCallback } from "./callbacks.js";
import type { HostCalls } from "./host-calls.js";

/** What a host function wrapper needs from its sandbox. */
export interface HostCallContext {
  readonly kit: RealmKit;
  readonly calls: HostCalls;
  /** Copy-in options for values crossing during a run. */
  options(): CopyInOptions;
  /** The run state's status (RunStatus). */
  status(): number;
  /**
   * Charges a call one step, as a guard would (a builtin can call a host function many times with no
   * guest code between): throws a realm error once the run is over or out of budget.
   */
  charge(): void;
}

export function wrapHostFunction(fn: (...args: unknown[]) => unknown, path: string, context: HostCallContext): object {
  const { kit } = context;
  const name = typeof fn.name === "string" && fn.name ? fn.name : lastSegment(path);
  const callbacks = acceptsCallbacks(fn);
  return kit.hostFunction(name, fn.length, (args: unknown[]) => {
    context.charge();
    try {
      const hostArgs = new Array<unknown>(args.length);
      for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const label = `${name} argument ${i + 1}`;
        if (callbacks && typeof arg === "function") hostArgs[i] = makeCallback(arg as (...args: unknown[]) => unknown, label, context);
        else hostArgs[i] = needsCopy(arg) ? copyOut(arg, label) : arg;
      }
      let result: unknown;
      context.calls.enterHostFunction();
      try {
        result = fn(...hostArgs);
      } finally {
        context.calls.leaveHostFunction();
      }
      if (types.isPromise(result)) return settleLater(result, name, context);
      return needsCopy(result) ? copyIn(result, context.options(), `${name}() result`) : result;
    } catch (error) {
      // Everything that goes wrong here - the host function, either copy - reaches the guest as a realm error.
      throw realmError(kit, error);
    }
  });
}

/** A realm promise that the run settles when the host's promise does. */
function settleLater(promise: Promise<unknown>, name: string, context: HostCallContext): object {
  const { kit, calls } = context;
  if (!calls.open) {
    // Nothing will ever wait for it in a synchronous run; handle its rejection so it cannot crash the host.
    Promise.prototype.then.call(promise, undefined, () => undefined);
    throw new SandboxCopyError(`${name}() result`, "an async host function cannot be called in synchronous evaluation");
  }
  const { promise: settled, resolve, reject } = kit.deferred();
  calls.add(promise, (fulfilled, value) => {
    try {
      if (!fulfilled) reject(realmError(kit, value));
      else resolve(needsCopy(value) ? copyIn(value, context.options(), `${name}() result`) : value);
    } catch (error) {
      reject(realmError(kit, error));
    }
  });
  return settled;
}

/**
 * The host error as a realm error. Reading its name and message runs host getters; one that throws
 * leaves the default, so settling a realm promise (host-calls.ts flush) never throws at the run.
 */
function realmError(kit: RealmKit, error: unknown): object {
  let name = "Error", message = "a host function failed";
  try {
    name = errorName(error);
    message = errorMessage(error);
  } catch { /* a host getter threw */ }
  return kit.error(name, message);
}

function errorName(error: unknown): string {
  return error instanceof Error && typeof error.name === "string" ? error.name : "Error";
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return String(error.message);
  return typeof error === "string" ? error : "a host function threw a non-Error value";
}
