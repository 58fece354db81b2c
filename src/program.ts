/**
 * Why: the hot path. A compiled program runs many times with fresh inputs: each run copies the inputs
 * in, arms the budget (a few writes to shared state, no watchdog), calls the realm function, and turns
 * whatever happened into a value copied out or one typed SandboxError. The budget's status is checked
 * after every run, so a guest `finally { return }` cannot launder a budget trip into a result.
 */
import { SandboxError, SandboxGuestError, type Layer } from "./errors.js";
import { CHECK_EVERY, RunStatus, Slot, type GuardControl } from "./guards/make-guards.js";
import { guestError, stoppedError, type RunContext } from "./guest-error.js";
import { copyOut } from "./membrane/copy-out.js";
import type { Limits } from "./options.js";

export interface ProgramRuntime {
  readonly control: GuardControl;
  readonly limits: Limits;
  readonly isolation: boolean;
  readonly scope: object;
  readonly weakened: readonly Layer[];
  copyInput(value: unknown, name: string): unknown;
}

const now = performance.now.bind(performance);

export class Program {
  /** The names this program reads from its inputs, in parameter order. */
  readonly inputNames: readonly string[];

  constructor(
    private readonly fn: (...inputs: unknown[]) => unknown,
    inputNames: readonly string[],
    private readonly runtime: ProgramRuntime,
    private readonly context: RunContext,
  ) {
    this.inputNames = Object.freeze([...inputNames]);
  }

  run(inputs: Readonly<Record<string, unknown>> = {}): unknown {
    const names = this.inputNames;
    const runtime = this.runtime;
    const args = new Array<unknown>(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (!Object.hasOwn(inputs, name)) throw this.mark(new SandboxGuestError("ReferenceError", `${name} is not defined (the program reads the input "${name}", but run() was not given it)`, undefined, undefined));
      const value = inputs[name];
      args[i] = (typeof value === "object" && value !== null) || typeof value === "function" || typeof value === "symbol" ? runtime.copyInput(value, name) : value;
    }
    return this.execute(args);
  }

  private execute(args: unknown[]): unknown {
    const { control, limits } = this.runtime;
    const state = control.state;
    if (state[Slot.Status] !== RunStatus.Over) throw this.mark(new SandboxError("SANDBOX_GUEST", "a sandbox cannot be re-entered while it is running (from one of its own host functions)"));
    const first = Math.min(CHECK_EVERY, limits.steps);
    state[Slot.Countdown] = first;
    state[Slot.StepsLeft] = limits.steps - first;
    state[Slot.Deadline] = now() + limits.timeoutMs;
    state[Slot.Status] = RunStatus.Running;
    let value: unknown;
    let thrown: unknown;
    let threw = false;
    try {
      value = Reflect.apply(this.fn, this.runtime.scope, args);
    } catch (error) {
      threw = true;
      thrown = error;
    }
    const status = state[Slot.Status] as RunStatus;
    state[Slot.Status] = RunStatus.Over;
    state[Slot.Countdown] = 0;
    const stopped = stoppedError(status, state[Slot.Site]!, control.refusedKey(), this.context, limits.steps, limits.timeoutMs);
    if (stopped) throw this.mark(stopped);
    if (threw) throw this.mark(guestError(thrown, this.context));
    if (!this.runtime.isolation) return value;
    try {
      return (typeof value === "object" && value !== null) || typeof value === "function" || typeof value === "symbol" ? copyOut(value) : value;
    } catch (error) {
      throw error instanceof SandboxError ? this.mark(error) : error;
    }
  }

  private mark<E extends SandboxError>(error: E): E {
    error.weakened = this.runtime.weakened;
    return error;
  }
}
