/**
 * Why: Node's vm watchdog ends an asynchronous run's drain by terminating all JavaScript above it on the
 * stack, host code included, and no `finally` runs there. A run of another sandbox that a host function
 * started inside the drain dies half-way: never disarmed, its sandbox would refuse every later run as
 * re-entrance. So a run registers while its synchronous part is on the stack (a synchronous run's
 * whole, an asynchronous run's start up to its first wait), and a drain the watchdog cut short ends
 * the runs registered above it.
 */
export interface RunOnStack {
  /** Ends a run whose frames were terminated: the sandbox is idle again. */
  abandon(): void;
}

const onStack: RunOnStack[] = [];

/** Registers a run whose synchronous part starts now; returns the depth to leave at. */
export function enterRun(run: RunOnStack): number {
  onStack.push(run);
  return onStack.length - 1;
}

/** The run registered at `depth` got to the end of its synchronous part. */
export function leaveRun(depth: number): void {
  while (onStack.length > depth) onStack.pop(); // one pop: cheaper than setting length, on the hot path
}

export function runsOnStack(): number {
  return onStack.length;
}

/** A drain that started with `depth` runs registered was terminated: so was every run registered since. */
export function abandonRunsAbove(depth: number): void {
  for (const run of onStack.splice(depth).reverse()) run.abandon();
}
