/**
 * Why: the messages between the host and a worker, in one place both sides import. A worker gets its
 * sandbox options once, at start; then each task is a source and its inputs, and each reply is a value
 * or an error as data (./error-wire.ts).
 */
import type { SandboxOptions } from "../options.js";
import type { WireError } from "./error-wire.js";

export interface WorkerSetup {
  /** Options of the in-worker sandbox: runIn "main-thread", no memoryMb (the worker's heap limit is). */
  readonly options: SandboxOptions;
  /** Shared with the host: when the current run started (./run-clock.ts). */
  readonly clock: BigInt64Array;
}

export interface Task {
  readonly source: string;
  readonly inputs: Readonly<Record<string, unknown>>;
}

export type WorkerMessage =
  | { readonly type: "ready" }
  | { readonly type: "value"; readonly value: unknown }
  | { readonly type: "error"; readonly error: WireError };
