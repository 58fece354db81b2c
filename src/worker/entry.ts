/**
 * Why: the worker thread of runIn: "worker". It builds one ordinary in-thread Sandbox from the options
 * it was started with (so the same pipeline and the same soft limits apply inside), says it is ready,
 * then runs one task at a time and replies with the value or the error as data. The host watches the
 * run clock and terminates this thread when a run overstays its deadline or the heap limit is hit.
 */
import { parentPort, workerData } from "node:worker_threads";
import { Sandbox } from "../sandbox.js";
import { SandboxCopyError } from "../errors.js";
import { toWire, withCloneableFields } from "./error-wire.js";
import { ProgramCache } from "./program-cache.js";
import { markRunEnd, markRunStart } from "./run-clock.js";
import type { Task, WorkerMessage, WorkerSetup } from "./protocol.js";

const port = parentPort!;
const setup = workerData as WorkerSetup;

/** The host already warned about weakened layers once; the worker's sandbox stays quiet about them. */
function quietSandbox(): Sandbox {
  const emit = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return new Sandbox(setup.options);
  } finally {
    process.emitWarning = emit;
  }
}

const sandbox = quietSandbox();
// What sandbox.evaluateAsync does in one thread, with the compiled program kept for the next run.
const programs = new ProgramCache((source, inputs) => sandbox.compile(source, { inputs, async: true }));

async function run(task: Task): Promise<WorkerMessage> {
  try {
    const program = programs.get(task.source, Object.keys(task.inputs));
    markRunStart(setup.clock);
    try {
      return { type: "value", value: await program.runAsync(task.inputs) };
    } finally {
      markRunEnd(setup.clock);
    }
  } catch (error) {
    return { type: "error", error: toWire(error) };
  }
}

function reply(message: WorkerMessage): void {
  try {
    port.postMessage(message);
  } catch {
    // Copied-out values are plain data, so this is rare; the caller still gets a typed error.
    port.postMessage(message.type === "error"
      ? { type: "error", error: withCloneableFields(message.error) }
      : { type: "error", error: toWire(new SandboxCopyError("result", "could not be copied back from the worker thread")) });
  }
}

port.on("message", (task: Task) => void run(task).then(reply));
port.postMessage({ type: "ready" } satisfies WorkerMessage);
