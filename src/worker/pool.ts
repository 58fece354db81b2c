/**
 * Why: the host side of runIn: "worker": the threads a sandbox's runs happen in, and what ends them.
 * Hand-written rather than piscina/tinypool: what matters here is what those leave out - a deadline
 * counted from when a run starts in the worker (./run-clock.ts), termination that rejects at once even
 * when the worker is stuck in a builtin that ignores termination until it returns, and each way a
 * worker can die mapped to a typed SandboxError; the queue itself is a few lines.
 *
 * A healthy worker is kept and reused; one that overstays or runs out of heap is terminated and
 * replaced. One worker starts with the pool (warm start); more start only while runs wait, up to the
 * machine's parallelism. Idle workers do not keep the process alive.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { SandboxBudgetError, SandboxCopyError, SandboxError, SandboxOptionsError } from "../errors.js";
import type { SandboxOptions } from "../options.js";
import { uncloneablePath } from "./clone-path.js";
import { workerEntry } from "./entry-path.js";
import { fromWire } from "./error-wire.js";
import { createRunClock, runningForMs } from "./run-clock.js";
import type { Task, WorkerMessage, WorkerSetup } from "./protocol.js";

export interface PoolSettings {
  readonly options: SandboxOptions;
  readonly memoryMb: number;
  readonly timeoutMs: number;
}

interface Job {
  readonly task: Task;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: SandboxError) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly clock: BigInt64Array;
  ready: boolean;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  /** Terminated workers that have not exited yet (one stuck in a long builtin exits when it returns). */
  private readonly dying = new Set<Promise<unknown>>();
  private readonly maxWorkers = availableParallelism();
  /** The host stops a run this long after it started; the worker's own deadline fires first unless a builtin holds it up. */
  private readonly hardLimitMs: number;
  private closing: Promise<void> | undefined;

  constructor(private readonly settings: PoolSettings) {
    this.hardLimitMs = settings.timeoutMs * 1.1;
    this.spawn();
  }

  run(task: Task): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.closing) return reject(new SandboxOptionsError("this sandbox is closed"));
      const job = { task, resolve, reject };
      const idle = this.idleSlot();
      if (idle) return this.dispatch(idle, job);
      // Queued: the inputs are taken now, as a run in this thread would take them.
      let snapshot: Task;
      try {
        snapshot = structuredClone(task);
      } catch {
        return reject(copyFailure(task));
      }
      this.queue.push({ ...job, task: snapshot });
      if (this.slots.size < this.maxWorkers && [...this.slots].every((slot) => slot.ready)) this.spawn();
      this.refresh();
    });
  }

  /** Ends every worker; runs under way or waiting fail with SANDBOX_WORKER. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    const closed = () => new SandboxError("SANDBOX_WORKER", "the sandbox was closed before this run finished");
    for (const job of this.queue.splice(0)) job.reject(closed());
    for (const slot of [...this.slots]) this.retire(slot, closed());
    await Promise.all(this.dying);
  }

  private spawn(): void {
    const clock = createRunClock();
    const { memoryMb } = this.settings;
    const worker = new Worker(workerEntry(), {
      workerData: { options: this.settings.options, clock } satisfies WorkerSetup,
      // The host's flags (--input-type, loaders, --inspect ...) are no business of the worker, and some break it.
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: memoryMb,
        // Young generation: small next to the old one, so memoryMb stays most of the heap.
        maxYoungGenerationSizeMb: Math.min(16, Math.max(2, Math.floor(memoryMb / 8))),
        stackSizeMb: 4,
      },
    });
    const slot: Slot = { worker, clock, ready: false, job: undefined, timer: undefined };
    this.slots.add(slot);
    worker.unref();
    worker.on("message", (message: WorkerMessage) => this.receive(slot, message));
    worker.on("error", (error: Error & { code?: string }) => this.died(slot, error.code === "ERR_WORKER_OUT_OF_MEMORY"
      ? this.outOfMemory()
      : new SandboxError("SANDBOX_WORKER", `the worker thread failed: ${error.message}`)));
    worker.on("exit", (code) => this.died(slot, new SandboxError("SANDBOX_WORKER", `the worker thread exited unexpectedly (exit code ${code})`)));
  }

  private receive(slot: Slot, message: WorkerMessage): void {
    if (!this.slots.has(slot)) return;
    const job = slot.job;
    slot.ready = true;
    slot.job = undefined;
    clearTimeout(slot.timer);
    if (message.type === "value") job?.resolve(message.value);
    else if (message.type === "error") job?.reject(fromWire(message.error));
    this.next(slot);
  }

  private dispatch(slot: Slot, job: Job): void {
    try {
      slot.worker.postMessage(job.task);
    } catch {
      job.reject(copyFailure(job.task));
      this.next(slot);
      return;
    }
    slot.job = job;
    slot.timer = setTimeout(() => this.watch(slot), this.hardLimitMs);
    this.refresh();
  }

  /** The hard deadline, counted from the run's start in the worker; compiling (clock not started yet) does not count. */
  private watch(slot: Slot): void {
    const ranMs = runningForMs(slot.clock);
    if (ranMs === undefined || ranMs < this.hardLimitMs) {
      slot.timer = setTimeout(() => this.watch(slot), ranMs === undefined ? this.hardLimitMs : this.hardLimitMs - ranMs);
      return;
    }
    this.retire(slot, new SandboxBudgetError("time", undefined, `time budget of ${this.settings.timeoutMs} ms exhausted (a single call ran past it, so the worker thread was stopped)`));
    this.replenish();
  }

  private died(slot: Slot, error: SandboxError): void {
    if (!this.slots.has(slot)) return;
    this.retire(slot, error);
    if (slot.ready) return this.replenish();
    // A worker that cannot even start (too little memory to build its realm) would fail again: fail the
    // waiting runs instead of retrying forever; the next run tries a new worker.
    if (this.slots.size === 0) for (const job of this.queue.splice(0)) job.reject(error);
    this.refresh();
  }

  /** Removes a worker from service, fails its run, and terminates it without waiting. */
  private retire(slot: Slot, error: SandboxError): void {
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    slot.job?.reject(error);
    slot.job = undefined;
    slot.worker.unref();
    const exited = slot.worker.terminate().catch(() => undefined).finally(() => this.dying.delete(exited));
    this.dying.add(exited);
  }

  /** Keeps one worker warm, and enough starting for the runs that wait. */
  private replenish(): void {
    if (this.closing) return;
    if (this.slots.size === 0 || (this.queue.length > 0 && this.slots.size < this.maxWorkers)) this.spawn();
    this.refresh();
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (job) this.dispatch(slot, job);
    else this.refresh();
  }

  private idleSlot(): Slot | undefined {
    for (const slot of this.slots) if (slot.ready && !slot.job) return slot;
    return undefined;
  }

  /** A worker keeps the process alive only while a run is in it, or waits for it to start. */
  private refresh(): void {
    const waiting = this.queue.length > 0;
    for (const slot of this.slots) {
      if (slot.job || (waiting && !slot.ready)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private outOfMemory(): SandboxBudgetError {
    return new SandboxBudgetError("memory", undefined, `the worker's heap limit of ${this.settings.memoryMb} MiB was reached (limits.memoryMb)`);
  }
}

function copyFailure(task: Task): SandboxError {
  for (const name of Object.keys(task.inputs)) {
    const path = uncloneablePath(task.inputs[name], name);
    if (path !== undefined) return new SandboxCopyError(path, "cannot be copied to the worker thread (structured clone): pass plain data, not functions, symbols or host objects");
  }
  return new SandboxCopyError("inputs", "could not be copied to the worker thread (structured clone)");
}
