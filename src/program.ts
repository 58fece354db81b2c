/**
 * Why: the hot path. A compiled program runs many times with fresh inputs: each run copies the inputs
 * in, arms the budget (a few writes to shared state, no watchdog), calls the realm function, and turns
 * whatever happened into a value copied out or one typed SandboxError. The budget's status is checked
 * after every run, so a guest `finally { return }` cannot launder a budget trip into a result.
 */
import { SandboxError, SandboxGuestError, SandboxOptionsError, type Layer } from "./errors.js";
import { MISSING, makeInputReader, type InputReader } from "./input-reader.js";
import { RunStatus, Slot, type GuardControl } from "./guards/make-guards.js";
import { guestError, stoppedError, type RunContext } from "./guest-error.js";
import { copyOut } from "./membrane/copy-out.js";
import { asCopyError, needsCopy } from "./membrane/needs-copy.js";
import type { Limits } from "./options.js";

export interface ProgramRuntime {
  readonly control: GuardControl;
  readonly limits: Limits;
  readonly isolation: boolean;
  readonly weakened: readonly Layer[];
  copyInput(value: unknown, name: string): unknown;
  /** The guest's global scope, when every run shares it (nothing is copied per run). */
  readonly sharedScope: object | undefined;
  /** Otherwise: a fresh scope and the values of the endowments bound per run (see Sandbox). */
  environment(names: readonly string[]): { readonly scope: object; readonly values: readonly unknown[] };
}

export class Program {
  /** The names this program reads from its inputs, in parameter order. */
  readonly inputNames: readonly string[];

  private readonly readInputs: InputReader;

  constructor(
    private readonly fn: (...inputs: unknown[]) => unknown,
    inputNames: readonly string[],
    /** Endowments this program binds per run, after the inputs (copied afresh each run). */
    private readonly perRunNames: readonly string[],
    private readonly runtime: ProgramRuntime,
    private readonly context: RunContext,
  ) {
    this.inputNames = Object.freeze([...inputNames]);
    this.readInputs = makeInputReader(this.inputNames);
  }

  run(inputs: Readonly<Record<string, unknown>> = {}): unknown {
    if (typeof inputs !== "object" || inputs === null) throw this.mark(new SandboxOptionsError("run(inputs): inputs must be an object"));
    let args: unknown[];
    try {
      args = this.readInputs(inputs);
    } catch (error) {
      // A host getter or proxy in the inputs threw: the caller still only ever sees a SandboxError.
      throw this.mark(asCopyError(error, "inputs"));
    }
    for (let i = 0; i < args.length; i++) {
      const value = args[i];
      if (value === MISSING) this.missingInput(i);
      else if (needsCopy(value)) args[i] = this.runtime.copyInput(value, this.inputNames[i]!);
    }
    const shared = this.runtime.sharedScope;
    if (shared !== undefined) return this.execute(args, shared);
    const environment = this.runtime.environment(this.perRunNames);
    for (const value of environment.values) args.push(value);
    return this.execute(args, environment.scope);
  }

  private missingInput(index: number): never {
    const name = this.inputNames[index]!;
    throw this.mark(new SandboxGuestError("ReferenceError", `${name} is not defined (the program reads the input "${name}", but run() was not given it)`, undefined, undefined));
  }

  private execute(args: unknown[], scope: object): unknown {
    const { control, limits } = this.runtime;
    const state = control.state;
    if (state[Slot.Status] !== RunStatus.Over) throw this.mark(new SandboxOptionsError("a sandbox cannot be re-entered while it is running (from one of its own host functions); use another Sandbox"));
    // The first tick takes the slow path: it starts the clock (see make-guards.ts).
    state[Slot.Countdown] = 1;
    state[Slot.StepsLeft] = limits.steps - 1;
    state[Slot.Deadline] = 0;
    state[Slot.Timeout] = limits.timeoutMs;
    state[Slot.Status] = RunStatus.Running;
    let value: unknown;
    let thrown: unknown;
    let threw = false;
    try {
      value = Reflect.apply(this.fn, scope, args);
    } catch (error) {
      threw = true;
      thrown = error;
    }
    const status = state[Slot.Status] as RunStatus;
    state[Slot.Status] = RunStatus.Over;
    state[Slot.Countdown] = 0;
    if (status !== RunStatus.Running) throw this.mark(stoppedError(status, state[Slot.Site]!, control.refusedKey(), this.context, limits.steps, limits.timeoutMs)!);
    if (threw) throw this.mark(guestError(thrown, this.context));
    if (!this.runtime.isolation) return value;
    try {
      return needsCopy(value) ? copyOut(value) : value;
    } catch (error) {
      // Copying out runs no guest code, but whatever it throws, the host only ever sees a SandboxError.
      throw this.mark(asCopyError(error, "result"));
    }
  }

  private mark<E extends SandboxError>(error: E): E {
    error.weakened = this.runtime.weakened;
    return error;
  }
}
