/**
 * Why: the hot path. A compiled program runs many times with fresh inputs: each run copies the inputs
 * in, arms the budget (a few writes to shared state, no watchdog), calls the realm function, and turns
 * whatever happened into a value copied out or one typed SandboxError. The budget's status is checked
 * after every run, so a guest `finally { return }` cannot launder a budget trip into a result.
 *
 * An asynchronous program is an async function. The realm's promise jobs run only when the host
 * drains the realm's microtask queue ("afterEvaluate" mode). A run drains it; the moment the program's
 * promise settles (or the budget ends the run) the run is marked over, and every job still queued or
 * queued later ends at its first guard: work the program started and did not wait for is cut off, as
 * a run's result cannot depend on it. Nothing the guest scheduled outlives its run.
 *
 * While the program waits for an async host function, the run sleeps on the host's event loop until
 * the host promise settles or the deadline passes, settles the realm promise the guest holds, and
 * drains again (membrane/host-calls.ts). The sandbox stays busy meanwhile: runs take turns.
 *
 * Jobs that die at their first guard still cost a little each, and a guest can queue millions of them
 * (`then` is one native call, and each job can queue many more) before its budget ends. So draining
 * is bounded by Node's own watchdog, which ends the drain shortly after the deadline and drops
 * whatever is still queued - even a long native call inside a job. The watchdog costs a thread start
 * (a hundred microseconds or more); the final flush pays it only when the run has taken a while.
 */
import { SandboxBudgetError, SandboxError, SandboxGuestError, SandboxOptionsError, type Layer } from "./errors.js";
import { MISSING, makeInputReader, type InputReader } from "./input-reader.js";
import { requireStackHeadroom } from "./stack-headroom.js";
import { RunStatus, Slot, type GuardControl } from "./guards/make-guards.js";
import { guestError, stoppedError, type RunContext } from "./guest-error.js";
import { copyOut } from "./membrane/copy-out.js";
import { asCopyError, needsCopy } from "./membrane/needs-copy.js";
import { dataValue } from "./membrane/read-data.js";
import type { Limits } from "./options.js";
import type { Settlement } from "./membrane/realm-kit.js";
import type { HostCalls } from "./membrane/host-calls.js";
import type { RunTurns } from "./run-turns.js";
import { enterRun, leaveRun, type RunOnStack } from "./runs-on-stack.js";

/** How pumping a run ended: whether its last act was a drain (the queue is empty), and the first exception that escaped a job. */
interface Pumped {
  readonly emptied: boolean;
  readonly escaped: Drained["escaped"];
}

/** How a drain ended, and the first exception that escaped a job, if one did. */
export interface Drained {
  readonly completed: boolean;
  readonly escaped: { readonly error: unknown } | undefined;
}

/** After this long, an asynchronous run's final flush is bounded by a watchdog too (see the header). */
const WATCHED_AFTER_MS = 10;

/** What an asynchronous run needs from its realm. */
export interface AsyncSupport {
  /** Watches the program's own promise; `settled` is called (in a realm job) when it settles. */
  watch(promise: unknown, settled: () => void): Settlement;
  /**
   * Runs every job in the realm's microtask queue, including the ones those jobs queue. With a
   * timeout, a watchdog ends the drain when it passes and the queue is dropped (completed: false).
   */
  drain(timeoutMs?: number): Drained;
  /** Marks the realm's promises handled from now until the returned function is called. */
  track(): () => void;
  now(): number;
  /** One run at a time per sandbox: a run waiting for a host promise is still in progress. */
  readonly turns: RunTurns;
}

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
  /** Numbers the runs, and holds the host promises an asynchronous run waits for (async host functions). */
  readonly calls: HostCalls;
  /** Module mode: top-level `this` is undefined, and the result is the program's namespace, coming back frozen. */
  readonly module: boolean;
  /** Present when the program was compiled for asynchronous evaluation. */
  readonly async: AsyncSupport | undefined;
}

export class Program {
  /** The names this program reads from its inputs, in parameter order. */
  readonly inputNames: readonly string[];

  private readonly readInputs: InputReader;
  /** Ends the current asynchronous run's promise tracking. */
  private release: (() => void) | undefined;
  /** This program's entry on the stack of runs (not a public method: only a cut-short drain may end a run). */
  private readonly onStack: RunOnStack = { abandon: () => this.abandon() };

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
    if (this.runtime.async) throw this.mark(new SandboxOptionsError("this program was compiled for asynchronous evaluation: call runAsync()"));
    const args = this.arguments(inputs);
    const shared = this.runtime.sharedScope;
    return this.execute(args, shared ?? this.perRunScope(args));
  }

  /**
   * Runs a program compiled with `{ async: true }`: every job it schedules runs within this run's budget.
   * Called with the stack nearly exhausted, it throws at once, creating no promise (src/stack-headroom.ts).
   */
  runAsync(inputs: Readonly<Record<string, unknown>> = {}): Promise<unknown> {
    requireStackHeadroom();
    return this.startAsync(inputs);
  }

  private async startAsync(inputs: Readonly<Record<string, unknown>>): Promise<unknown> {
    const support = this.runtime.async;
    if (!support) throw this.mark(new SandboxOptionsError("this program was compiled for synchronous evaluation: call run(), or compile with { async: true }"));
    const args = this.arguments(inputs);
    const scope = this.runtime.sharedScope ?? this.perRunScope(args);
    return this.executeAsync(support, args, scope);
  }

  /** The run's arguments: its inputs in parameter order, copied in. */
  private arguments(inputs: Readonly<Record<string, unknown>>): unknown[] {
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
    return args;
  }

  /** A fresh global scope for this run; the per-run endowments go after the inputs. */
  private perRunScope(args: unknown[]): object {
    const environment = this.runtime.environment(this.perRunNames);
    for (const value of environment.values) args.push(value);
    return environment.scope;
  }

  /** Top-level `this`: the global scope in a script, undefined in a module (as in plain JavaScript). */
  private receiver(scope: object): object | undefined {
    return this.runtime.module ? undefined : scope;
  }

  private missingInput(index: number): never {
    const name = this.inputNames[index]!;
    throw this.mark(new SandboxGuestError("ReferenceError", `${name} is not defined (the program reads the input "${name}", but run() was not given it)`, undefined, undefined));
  }

  private execute(args: unknown[], scope: object): unknown {
    const depth = this.arm(false);
    let value: unknown;
    let thrown: unknown;
    let threw = false;
    try {
      value = Reflect.apply(this.fn, this.receiver(scope), args);
    } catch (error) {
      threw = true;
      thrown = error;
    }
    let status: RunStatus;
    try {
      status = this.disarm();
      leaveRun(depth);
    } catch (error) {
      // At the stack's edge (a guest recursed there, then called a host function that runs this
      // sandbox) ending the run can overflow too: end it without a call, or the sandbox would refuse
      // every later run as re-entrance. Its entry on the stack of runs goes when the outer run's does.
      this.runtime.control.state[Slot.Status] = RunStatus.Over;
      throw error;
    }
    return this.finish(status, threw, thrown, value);
  }

  private executeAsync(support: AsyncSupport, args: unknown[], scope: object): Promise<unknown> {
    // A host function of the running program calling back in is refused at once (arm()), not queued
    // behind it: the run would wait for the host function, and the host function for the run.
    if (this.runtime.calls.inHostFunction) return this.runTurn(support, args, scope);
    return support.turns.take(() => this.runTurn(support, args, scope));
  }

  private async runTurn(support: AsyncSupport, args: unknown[], scope: object): Promise<unknown> {
    const depth = this.arm(true);
    // The deadline starts now, not at the first tick: time spent waiting counts.
    const state = this.runtime.control.state;
    const start = support.now();
    state[Slot.Deadline] = start + this.runtime.limits.timeoutMs;
    state[Slot.LastCheck] = start;
    state[Slot.Chunk] = 1;
    const release = support.track();
    this.release = release;
    let settlement: Settlement | undefined;
    let thrown: unknown;
    let status: RunStatus;
    let pumped: Pumped = { emptied: false, escaped: undefined };
    const grace = this.runtime.limits.timeoutMs / 16;
    try {
      try {
        settlement = support.watch(Reflect.apply(this.fn, this.receiver(scope), args), () => this.settled());
      } catch (error) {
        thrown = error; // only the call itself can throw (a stack overflow); the program's errors reject its promise
      }
      if (settlement) {
        const pumping = this.pump(support);
        leaveRun(depth); // what follows runs from the host's event loop, never inside another run's drain
        pumped = await pumping;
      }
    } finally {
      const ended = this.disarm();
      status = ended === RunStatus.Settled ? RunStatus.Running : ended;
      try {
        // A drain that ran to its end left the queue empty, and one the watchdog ended dropped it; only
        // when the run stopped with jobs queued since its last drain can jobs be waiting - builtin-only
        // job chains, which no guard ever ends, among them - and then the flush needs the watchdog too.
        support.drain(!pumped.emptied || support.now() - start > WATCHED_AFTER_MS ? grace : undefined);
      } finally {
        release();
      }
      // Without a program promise the run never waited: its final flush ran in the caller's turn, on the stack.
      if (!settlement) leaveRun(depth);
    }
    // An exception that escaped a job would have been an uncaught exception in plain JavaScript: the run fails with it.
    if (pumped.escaped) return this.finish(status, true, pumped.escaped.error, undefined);
    if (settlement === undefined || settlement.state === 2) return this.finish(status, true, settlement ? settlement.value : thrown, undefined);
    if (settlement.state === 0 && status === RunStatus.Running) {
      throw this.mark(new SandboxBudgetError("time", undefined, "the program's promise can never settle: no job is left that could settle it"));
    }
    return this.finish(status, false, undefined, settlement.value);
  }

  /**
   * Runs the program's jobs until it settles or is stopped: drain, and while a host promise it waits
   * for is pending, sleep until one settles (or the deadline passes), settle its realm side, drain again.
   */
  private async pump(support: AsyncSupport): Promise<Pumped> {
    const state = this.runtime.control.state;
    const grace = this.runtime.limits.timeoutMs / 16;
    let escaped: Drained["escaped"];
    for (;;) {
      // A program stopped before its first job (or while it waited) needs only the final flush.
      if (state[Slot.Status] !== RunStatus.Running) return { emptied: false, escaped };
      if (!this.runtime.calls.flush(state[Slot.Deadline]!, support.now)) {
        this.outOfTime();
        return { emptied: false, escaped };
      }
      const drain = support.drain(Math.max(0, state[Slot.Deadline]! - support.now()) + grace);
      escaped ??= drain.escaped;
      if (!drain.completed) this.outOfTime();
      if (state[Slot.Status] !== RunStatus.Running || !this.runtime.calls.waiting) return { emptied: true, escaped };
      const left = state[Slot.Deadline]! - support.now();
      if (left > 0) await this.runtime.calls.next(left);
      if (support.now() >= state[Slot.Deadline]!) {
        this.outOfTime();
        return { emptied: false, escaped };
      }
    }
  }

  /** Node's watchdog ended a drain: the run is out of time (a guard may have been cut short). */
  private outOfTime(): void {
    const state = this.runtime.control.state;
    if (state[Slot.Status] === RunStatus.Running) state[Slot.Status] = RunStatus.OutOfTime;
  }

  /** The program's promise settled: jobs it left behind end at their next guard. */
  private settled(): void {
    const state = this.runtime.control.state;
    if (state[Slot.Status] !== RunStatus.Running) return;
    state[Slot.Status] = RunStatus.Settled;
    state[Slot.Countdown] = 0;
  }

  /**
   * Starts the budget. The first tick takes the slow path: it starts the clock (see make-guards.ts).
   * Returns the run's depth on the stack of runs (runs-on-stack.ts).
   */
  private arm(async: boolean): number {
    const { control, limits } = this.runtime;
    const state = control.state;
    if (state[Slot.Status] !== RunStatus.Over) throw this.mark(new SandboxOptionsError("a sandbox cannot be re-entered while it is running (from one of its own host functions, or while an asynchronous run waits for one); use another Sandbox"));
    // The calls first: at the stack's edge they can overflow, and the sandbox must not be left running.
    this.runtime.calls.begin(async);
    const depth = enterRun(this.onStack);
    state[Slot.Countdown] = 1;
    state[Slot.StepsLeft] = limits.steps - 1;
    state[Slot.Deadline] = 0;
    state[Slot.Timeout] = limits.timeoutMs;
    state[Slot.Status] = RunStatus.Running;
    return depth;
  }

  /** A drain cut short by the watchdog terminated this run's frames (runs-on-stack.ts): end it here instead. */
  private abandon(): void {
    this.disarm();
    this.release?.();
    this.release = undefined;
  }

  /** Ends the run: from here on every guard refuses. Returns how the run ended. */
  private disarm(): RunStatus {
    const state = this.runtime.control.state;
    const status = state[Slot.Status] as RunStatus;
    this.runtime.calls.end();
    state[Slot.Status] = RunStatus.Over;
    state[Slot.Countdown] = 0;
    return status;
  }

  /** The run's value copied out, or the one SandboxError that says why there is none. */
  private finish(status: RunStatus, threw: boolean, thrown: unknown, value: unknown): unknown {
    if (status !== RunStatus.Running) throw this.stopped(status);
    if (threw) throw this.mark(guestError(thrown, this.context));
    // A module's namespace comes in a one-element array the linker made (src/modules/link.ts). Read
    // as data: with the harden layer off, an asynchronous guest can resolve its run with a proxy instead.
    const result = this.runtime.module ? dataValue(value, "0") : value;
    if (!this.runtime.isolation) return result;
    try {
      const copied = needsCopy(result) ? copyOut(result) : result;
      // A module's namespace comes back frozen, as the guest saw it.
      return this.runtime.module && typeof copied === "object" && copied !== null ? Object.freeze(copied) : copied;
    } catch (error) {
      // Copying out runs no guest code, but whatever it throws, the host only ever sees a SandboxError.
      throw this.mark(asCopyError(error, "result"));
    }
  }

  private stopped(status: RunStatus): SandboxError {
    const { control, limits } = this.runtime;
    return this.mark(stoppedError(status, control.state[Slot.Site]!, control.refusedKey(), this.context, limits.steps, limits.timeoutMs)!);
  }

  private mark<E extends SandboxError>(error: E): E {
    error.weakened = this.runtime.weakened;
    return error;
  }
}
