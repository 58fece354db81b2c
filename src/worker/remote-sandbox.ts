/**
 * Why: what a Sandbox with runIn: "worker" delegates to. It checks at construction what cannot work in
 * a worker (an endowment structured cloning refuses, such as a host function: fail closed, naming it),
 * checks each call's arguments in the caller's thread, and marks every error with the sandbox's
 * weakened layers, as an in-thread sandbox does.
 */
import { SandboxOptionsError, type Layer } from "../errors.js";
import { asCopyError } from "../membrane/needs-copy.js";
import { inputKeys, sourceText, type ResolvedOptions, type SandboxOptions } from "../options.js";
import { uncloneablePath } from "./clone-path.js";
import { WorkerPool } from "./pool.js";

export class RemoteSandbox {
  private readonly pool: WorkerPool;

  /** Module mode: the namespace comes back frozen, as from an in-thread run (cloning unfroze it). */
  private readonly freezeResult: boolean;

  constructor(options: ResolvedOptions, private readonly weakened: readonly Layer[]) {
    const sent = [
      ...Object.entries(options.globals).map(([name, value]) => [`globals.${name}`, value] as const),
      ...Object.entries(options.modules).flatMap(([specifier, entry]) => ("namespace" in entry ? [[`modules[${JSON.stringify(specifier)}].namespace`, entry.namespace] as const] : [])),
    ];
    for (const [where, value] of sent) {
      const path = uncloneablePath(value, where);
      if (path !== undefined) {
        throw new SandboxOptionsError(`${path} cannot be sent to a worker thread: with runIn: "worker", endowments and host modules cross by structured clone, so they must be plain data (no functions, symbols or host objects); host functions need runIn: "main-thread"`);
      }
    }
    this.freezeResult = options.mode === "module";
    this.pool = new WorkerPool({ options: inWorkerOptions(options), memoryMb: options.limits.memoryMb, timeoutMs: options.limits.timeoutMs });
  }

  evaluateAsync(source: unknown, inputs: unknown): Promise<unknown> {
    let run: Promise<unknown>;
    try {
      inputKeys(inputs);
      run = this.pool.run({ source: sourceText(source), inputs: inputs as Record<string, unknown> });
    } catch (error) {
      run = Promise.reject(error);
    }
    return run.then((value) => (this.freezeResult && typeof value === "object" && value !== null ? Object.freeze(value) : value), (error: unknown) => {
      // Only cloning the inputs can fail with something other than a SandboxError (a host getter that throws).
      const failure = asCopyError(error, "inputs");
      failure.weakened = this.weakened;
      throw failure;
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * The same sandbox, run in the worker's own thread; its heap limit is the worker's resource limit.
 * V8 ends only the worker when its heap fills up gradually, but aborts the whole process when a single
 * allocation cannot fit even in the extra room it grants to end the worker (measured: one 128 MB
 * `fill` in a 32 MiB worker). So in a worker the size caps are lowered until no one allocation can
 * take more than about a quarter of memoryMb: strings of two-byte characters, arrays of 8-byte
 * elements, Map and Set tables of about 64 bytes per entry.
 */
function inWorkerOptions(options: ResolvedOptions): SandboxOptions {
  const { memoryMb, ...limits } = options.limits;
  const quarter = (memoryMb * 2 ** 20) / 4;
  const capped = {
    ...limits,
    maxStringLength: Math.min(limits.maxStringLength, Math.floor(quarter / 2)),
    maxArrayLength: Math.min(limits.maxArrayLength, Math.floor(quarter / 64)),
  };
  const modules = options.mode === "module" ? { modules: options.modules } : {};
  return { mode: options.mode, runIn: "main-thread", builtins: options.builtins, globals: options.globals, limits: capped, layers: options.layers, ...modules };
}
