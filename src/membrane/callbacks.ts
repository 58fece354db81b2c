/**
 * Why: a guest function in the host's hands is guest code the host could run at any time - after the
 * run, outside every budget. So functions never cross by default (copy-out refuses them); a host
 * function marked with `withCallbacks` declares that it calls back, and receives each guest function
 * argument as a host function that runs the guest function only while its run is in progress, under
 * that run's budget (the guards share its run state), with the arguments copied in and the result
 * copied out. A guest error reaches the host as a host Error with the same name and message.
 */
import { SandboxAccessError, SandboxBudgetError, SandboxOptionsError, type SandboxError } from "../errors.js";
import { RunStatus } from "../guards/run-state.js";
import { copyIn } from "./copy-in.js";
import { copyOut } from "./copy-out.js";
import { needsCopy } from "./needs-copy.js";
import { dataString, inheritedDataString } from "./read-data.js";
import type { HostCallContext } from "./host-function.js";

const calling = new WeakSet<object>();

/**
 * Marks a host function endowed to the guest as one that calls guest functions it is given (its
 * direct arguments): they arrive as host functions usable until the run ends, running under its budget.
 */
export function withCallbacks<F extends (...args: never[]) => unknown>(fn: F): F {
  if (typeof fn !== "function") throw new SandboxOptionsError("withCallbacks(fn): fn must be a function");
  calling.add(fn);
  return fn;
}

export function acceptsCallbacks(fn: object): boolean {
  return calling.has(fn);
}

/** The host's handle on guest function `guest`, passed as argument `index` of host function `name`. */
export function makeCallback(guest: (...args: unknown[]) => unknown, label: string, context: HostCallContext): (...args: unknown[]) => unknown {
  const run = context.calls.current;
  return (...args: unknown[]) => {
    const halted = run === context.calls.current ? haltedError(context.status()) : over();
    if (halted) throw halted;
    const realmArgs = args.map((arg, i) => (needsCopy(arg) ? copyIn(arg, context.options(), `${label} argument ${i + 1}`) : arg));
    let result: unknown;
    try {
      result = Reflect.apply(guest, undefined, realmArgs);
    } catch (thrown) {
      throw haltedError(context.status()) ?? hostError(thrown);
    } finally {
      context.calls.stir();
    }
    return needsCopy(result) ? copyOut(result, `${label} result`) : result;
  };
}

/** Why guest code cannot run now, or undefined while the run is in progress. */
function haltedError(status: number): SandboxError | undefined {
  switch (status) {
    case RunStatus.Running: return undefined;
    case RunStatus.OutOfSteps: return new SandboxBudgetError("steps", undefined, "the run's step budget was exhausted");
    case RunStatus.OutOfTime: return new SandboxBudgetError("time", undefined, "the run's time budget was exhausted");
    case RunStatus.OverCap: return new SandboxBudgetError("memory", undefined, "the run went over a size cap");
    case RunStatus.Refused: return new SandboxAccessError("", undefined, "the run was stopped by a refused access");
    default: return over();
  }
}

function over(): SandboxError {
  return new SandboxOptionsError("this guest callback's run is over: a callback can only be called while its run is in progress");
}

/**
 * A guest's thrown value as the host may hold it: primitives as they are, objects as a host Error. The
 * readers run no guest code (no getters, no proxy traps): a trap could throw a realm object at the
 * host, which handed back to the guest would wrap a guest function as a host one.
 */
function hostError(thrown: unknown): unknown {
  if ((typeof thrown !== "object" && typeof thrown !== "function") || thrown === null) return thrown;
  const error = new Error(dataString(thrown, "message"));
  error.name = inheritedDataString(thrown, "name", "Error");
  return error;
}
