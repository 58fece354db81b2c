/**
 * Why: a host function the guest calls can itself call into a sandbox - compile, or start an
 * asynchronous run - from the very edge of the stack (the guest recursed there first). The host-side
 * work that follows then overflows half-way: acorn may compile a regexp there (V8 aborts the process),
 * a run may be armed and never disarmed, a promise may be rejected before a handler could be attached
 * (Node ends the process). So these entry points first check for a fixed amount of stack headroom and
 * refuse, synchronously and before creating any promise, when it is not there.
 */
import { SandboxOptionsError } from "./errors.js";

/**
 * The probe calls a function with this many arguments: V8 pushes them onto the stack, 8 bytes each,
 * and throws a RangeError when they do not fit, so the probe measures bytes, whatever the optimizer
 * does to frames. 96 KiB: starting an asynchronous run was measured to need more than 32 KiB and
 * less than 64 KiB, so this leaves a margin; the probe costs about 18 µs per call.
 */
const PROBE_ARGUMENTS: readonly undefined[] = new Array<undefined>(12288).fill(undefined);

function ignore(): void {
  // The arguments are pushed by the caller; nothing here reads them.
}

/** Throws a SandboxOptionsError when the stack is too close to its edge to start host-side work safely. */
export function requireStackHeadroom(): void {
  let fits = false;
  try {
    Reflect.apply(ignore, undefined, PROBE_ARGUMENTS);
    fits = true;
  } catch {
    // A RangeError: the arguments do not fit in what is left of the stack.
  }
  if (!fits) throw new SandboxOptionsError("the stack is nearly exhausted (is this called from deep recursion, such as a guest recursing into a host function?): not enough left to compile or start a run safely");
}
