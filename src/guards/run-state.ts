/**
 * Why: one small shared array holds the state of the run in progress, and everything that can stop a
 * run reads and writes it: the guards (steps, deadline, refused keys), the tamed allocating builtins
 * (size caps), the host (arming and disarming a run), and the deadline watchdog thread
 * (deadline-watchdog.ts), which is why it lives in a SharedArrayBuffer. A host Float64Array: indexed
 * access never consults a prototype, and the realm code that holds it cannot be tricked by guest objects.
 */
import { watchDeadline } from "./deadline-watchdog.js";

/**
 * Why the current run ended, or that it is running. Any status other than Running is sticky until the
 * host disarms it. Settled: an asynchronous program's promise has settled; jobs it left behind end.
 */
export const enum RunStatus { Running = 0, OutOfSteps = 1, OutOfTime = 2, Refused = 3, Over = 4, OverCap = 5, Settled = 6 }

/**
 *   Countdown  steps until the next slow check     StepsLeft  steps left after that
 *   Deadline   ms on the host clock (0 until the first tick)
 *   Status     see RunStatus                       Site       site of the trip or refusal
 *   Timeout    the run's timeout in ms             Chunk      steps per clock check now
 *   LastCheck  time of the last clock check
 */
export const enum Slot { Countdown = 0, StepsLeft = 1, Deadline = 2, Status = 3, Site = 4, Timeout = 5, Chunk = 6, LastCheck = 7 }

/** A fresh run state, watched by the deadline watchdog for as long as `owner` lives. */
export function createRunState(owner: object): Float64Array {
  const state = new Float64Array(new SharedArrayBuffer(8 * Float64Array.BYTES_PER_ELEMENT));
  state[Slot.Status] = RunStatus.Over;
  watchDeadline(state, { running: RunStatus.Running, status: Slot.Status, deadline: Slot.Deadline, countdown: Slot.Countdown }, owner);
  return state;
}
