/**
 * Why: the host's hard deadline counts from the moment a run starts in the worker - after the worker
 * booted and compiled the program - not from when the host sent it. The worker publishes that moment
 * in one shared cell (0 while no run is under way), so a run costs no extra message.
 */

/** Microseconds since the epoch; both threads read the same wall clock through performance.timeOrigin. */
export function nowMicros(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000));
}

export function createRunClock(): BigInt64Array {
  return new BigInt64Array(new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT));
}

/** Worker side: a run starts now. */
export function markRunStart(clock: BigInt64Array): void {
  Atomics.store(clock, 0, nowMicros());
}

/** Worker side: no run is under way. */
export function markRunEnd(clock: BigInt64Array): void {
  Atomics.store(clock, 0, 0n);
}

/** Host side: how long the current run has been going, in ms, or undefined when none is under way. */
export function runningForMs(clock: BigInt64Array): number | undefined {
  const start = Atomics.load(clock, 0);
  return start === 0n ? undefined : Number(nowMicros() - start) / 1000;
}
