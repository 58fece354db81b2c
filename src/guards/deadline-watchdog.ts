/**
 * Why: reading the clock costs more than a fast step, so the guards read it only every so many steps
 * (make-guards.ts), and a loop that turns slow after warming up could run that many slow steps past
 * its deadline. A watchdog thread closes the gap without costing the hot path anything: it looks at
 * every registered run state about once a millisecond and, when a running run's deadline has passed,
 * zeroes the run's step countdown. The guest's very next tick then takes the slow path, reads the
 * clock and stops the run. The run states live in SharedArrayBuffers for this; the guest never sees
 * them. The thread is started on first use, is unref'd (it never keeps the process alive), polls
 * slowly while no run is in progress, and only ever writes the countdown slot - the guards decide.
 * What it cannot do is interrupt a single long native call: no tick comes until the call returns
 * (only runIn: "worker" ends those, by terminating the worker). Where threads cannot be started (Node's
 * permission model without --allow-worker) the guards work as before, without it: the deadline is then
 * read at least every 256 steps.
 */
import { Worker } from "node:worker_threads";

const WATCHDOG_SOURCE = `
const { parentPort, receiveMessageOnPort, workerData } = require("node:worker_threads");
const [RUNNING, STATUS, DEADLINE, COUNTDOWN] = workerData.slots;
// Host clock = this thread's clock shifted by the difference of the two time origins.
const shift = performance.timeOrigin - workerData.hostTimeOrigin;
const states = new Set();
const sleeper = new Int32Array(new SharedArrayBuffer(4));
for (;;) {
  for (let message; (message = receiveMessageOnPort(parentPort)); ) {
    if (message.message.add) states.add(message.message.add);
    else for (const state of states) if (state.buffer === message.message.remove) states.delete(state);
  }
  let active = false;
  const now = performance.now() + shift;
  for (const state of states) {
    if (state[STATUS] !== RUNNING) continue;
    active = true;
    const deadline = state[DEADLINE];
    if (deadline !== 0 && now > deadline) state[COUNTDOWN] = -1e15;
  }
  Atomics.wait(sleeper, 0, 0, active ? 1 : 10);
}
`;

let watchdog: Worker | undefined;

/** Watches `state` (a Float64Array over a SharedArrayBuffer) for as long as `owner` lives, if a thread can be started. */
export function watchDeadline(state: Float64Array, slots: { running: number; status: number; deadline: number; countdown: number }, owner: object): void {
  try {
    watchdog ??= startWatchdog(slots);
  } catch {
    return; // no threads allowed here: the guards' own clock reads still hold the deadline
  }
  watchdog.postMessage({ add: state });
  forget.register(owner, state.buffer as SharedArrayBuffer);
}

const forget = new FinalizationRegistry<SharedArrayBuffer>((buffer) => watchdog?.postMessage({ remove: buffer }));

function startWatchdog(slots: { running: number; status: number; deadline: number; countdown: number }): Worker {
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: { slots: [slots.running, slots.status, slots.deadline, slots.countdown], hostTimeOrigin: performance.timeOrigin },
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2, stackSizeMb: 1 },
    name: "ringfence deadline watchdog",
  });
  worker.unref();
  // A watchdog that dies (it should not) is replaced on next use; its failure must never reach the host as an uncaught error.
  worker.on("error", () => { if (watchdog === worker) watchdog = undefined; });
  return worker;
}
