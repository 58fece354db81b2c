/**
 * Why: a host function endowed to the guest is the classic way out of expression sandboxes
 * (expr-eval CVE-2025-12735): its `.constructor` is the host's Function. The guest gets a realm
 * function instead - a method, so not constructible and without a prototype - whose only link to the
 * host is a closure the guest cannot read. Arguments are copied out, the result copied in, and a host
 * error becomes a realm error with the same name and message, never the host error object. If even
 * that conversion fails (a stack overflow at the edge of the stack), the realm side of the wrapper
 * replaces whatever arrives with a realm error (realm-kit.ts). Outside a run the wrapper refuses to
 * call the host at all: guest code resumed after its run is over (an async function's continuation)
 * runs only until its next guard, and a host call is not one it may make before that.
 */
import { types } from "node:util";
import { SandboxCopyError } from "../errors.js";
import type { RealmKit } from "./realm-kit.js";
import { copyIn, type CopyInOptions } from "./copy-in.js";
import { copyOut } from "./copy-out.js";
import { lastSegment } from "./path-label.js";
import { needsCopy } from "./needs-copy.js";

export function wrapHostFunction(fn: (...args: unknown[]) => unknown, path: string, kit: RealmKit, options: () => CopyInOptions, running: () => boolean): object {
  const name = typeof fn.name === "string" && fn.name ? fn.name : lastSegment(path);
  return kit.hostFunction(name, fn.length, (args: unknown[]) => {
    if (!running()) throw kit.error("Error", "ringfence: this run is over");
    try {
      const hostArgs = new Array<unknown>(args.length);
      for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        hostArgs[i] = needsCopy(arg) ? copyOut(arg, `${name} argument ${i + 1}`) : arg;
      }
      const result = fn(...hostArgs);
      if (types.isPromise(result)) {
        // Nothing will ever wait for it in a synchronous run; handle its rejection so it cannot crash the host.
        Promise.prototype.then.call(result, undefined, () => undefined);
        throw new SandboxCopyError(`${name}() result`, "an async host function cannot be called in synchronous evaluation");
      }
      return needsCopy(result) ? copyIn(result, options(), `${name}() result`) : result;
    } catch (error) {
      // Everything that goes wrong here - the host function, either copy - reaches the guest as a realm error.
      throw kit.error(errorName(error), errorMessage(error));
    }
  });
}

function errorName(error: unknown): string {
  return error instanceof Error && typeof error.name === "string" ? error.name : "Error";
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return String(error.message);
  return typeof error === "string" ? error : "a host function threw a non-Error value";
}
