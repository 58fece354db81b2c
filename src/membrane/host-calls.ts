/**
 * Why: an async host function's promise settles on the host's event loop, but the realm's jobs run
 * only while a run drains them. This ledger sits in between, one per sandbox: it numbers the runs (a
 * guest callback belongs to the run that made it, callbacks.ts), counts the host functions being
 * called (a run one of them starts would re-enter the sandbox) and the host promises the current
 * asynchronous run is waiting for, queues each outcome as it arrives, and lets the run sleep until the
 * first one (src/program.ts applies the outcomes, then drains). An outcome that arrives after its run
 * is over is dropped: nothing touches the realm once the run has ended. What it keeps is bounded by
 * what the run needs, not by how often the guest calls (a host promise gets one reaction per run).
 */
/** What a callback queues: nothing to apply, but the run wakes and drains. */
const STIRRED = (): void => undefined;

/** Settles the realm side of one call with its host promise's outcome. */
type Apply = (fulfilled: boolean, value: unknown) => void;

export class HostCalls {
  /** The current run's number; 0 when none is in progress. */
  private run = 0;
  private runs = 0;
  private async = false;
  private pending = 0;
  private calling = 0;
  private readonly arrived: Array<() => void> = [];
  /** The current run's calls waiting for each host promise. */
  private waiters = new Map<Promise<unknown>, Apply[]>();
  private wake: (() => void) | undefined;

  /** True during an asynchronous run: only then may a host function answer with a promise. */
  get open(): boolean {
    return this.run !== 0 && this.async;
  }

  /** The current run's number; 0 when none is in progress. */
  get current(): number {
    return this.run;
  }

  /**
   * True while one of the sandbox's host functions is being called: a run it starts would re-enter the
   * sandbox. (Other host code that runs while a run is in progress - a timer, a promise reaction - may
   * start a run that waits its turn.)
   */
  get inHostFunction(): boolean {
    return this.calling > 0;
  }

  /** Brackets a call of one of the sandbox's host functions. */
  enterHostFunction(): void {
    this.calling++;
  }

  leaveHostFunction(): void {
    this.calling--;
  }

  /** True while a host promise of the current run has not settled. */
  get waiting(): boolean {
    return this.pending > 0;
  }

  begin(async: boolean): void {
    this.run = ++this.runs;
    this.async = async;
    this.pending = 0;
    if (this.arrived.length > 0) this.arrived.length = 0; // setting length costs more than a whole short run
  }

  /** Ends the run: outcomes still to come are ignored. */
  end(): void {
    this.run = 0;
    this.pending = 0;
    this.calling = 0; // a watchdog that ended a drain inside a host function skipped its leave
    if (this.waiters.size > 0) this.waiters = new Map();
    if (this.arrived.length > 0) this.arrived.length = 0;
    this.signal();
  }

  /**
   * Calls `apply` with `promise`'s outcome at the run's next flush, if its run is still in progress then.
   * A host promise that outlives the run (a shared one that never settles) keeps its reactions, so it
   * gets one per run however often the guest asked for it, and that one holds nothing of the run's.
   */
  add(promise: Promise<unknown>, apply: Apply): void {
    const known = this.waiters.get(promise);
    if (known) {
      known.push(apply);
      this.pending++;
      return;
    }
    const run = this.run;
    const arrive = (fulfilled: boolean) => (value: unknown) => {
      const applies = run === this.run ? this.waiters.get(promise) : undefined;
      if (!applies) return;
      this.waiters.delete(promise);
      this.pending -= applies.length;
      for (const each of applies) this.arrived.push(() => each(fulfilled, value));
      this.signal();
    };
    // Handles the rejection too, so a host promise never becomes an unhandled rejection.
    Promise.prototype.then.call(promise, arrive(true), arrive(false));
    // Recorded only once the reaction is registered: at the stack's edge registering can fail.
    this.waiters.set(promise, [apply]);
    this.pending++;
  }

  /**
   * Guest code ran from the host between drains (a callback): the run should drain the jobs it queued.
   * Only an asynchronous run drains; one queued wake-up is enough however many callbacks ran.
   */
  stir(): void {
    if (!this.open || this.arrived[this.arrived.length - 1] === STIRRED) return;
    this.arrived.push(STIRRED);
    this.signal();
  }

  /**
   * Applies the outcomes that have arrived, in order, until `deadline` passes; false if it passed first.
   * Each outcome copies a host value in, and one shared host promise can settle thousands at once.
   */
  flush(deadline: number, now: () => number): boolean {
    for (const apply of this.arrived.splice(0)) {
      if (now() >= deadline) return false;
      apply();
    }
    return true;
  }

  /** Resolves when an outcome arrives (or already has), or after `ms`. */
  next(ms: number): Promise<void> {
    if (this.arrived.length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      // Referenced on purpose: a run waiting for its deadline keeps the process alive until then.
      const timer = setTimeout(() => this.signal(), ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
