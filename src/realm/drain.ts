/**
 * Why: the realm runs in "afterEvaluate" microtask mode, so its promise jobs run only when the host
 * drains its queue - which running any script in the context does afterwards. This is the one place
 * that drains it, and the one place that bounds a drain: with a timeout, Node's vm watchdog
 * terminates the drain when it passes, and V8 drops the jobs still queued.
 */
import vm from "node:vm";
import type { Drained } from "../program.js";
import { abandonRunsAbove, runsOnStack } from "../runs-on-stack.js";

/** Running a script in a context drains that context's microtask queue afterwards ("afterEvaluate"). */
const DRAIN = new vm.Script("undefined", { filename: "ringfence:drain" });

/** How long draining may go on once a job's exception has escaped (see drainRealm). */
const ESCAPED_GRACE_MS = 50;

/**
 * Drains the realm's jobs; with a timeout, Node's watchdog terminates the drain when it passes, and
 * V8 drops the jobs still queued. An exception can escape a job where V8 calls guest code outside a
 * reaction's protection; it comes out of runInContext, the jobs after it are still queued, and it is
 * kept as the run's failure while draining goes on (bounded from then on: such jobs may repeat).
 */
export function drainRealm(context: vm.Context, timeout: number | undefined): Drained {
  const depth = runsOnStack();
  let until = timeout === undefined ? Infinity : performance.now() + timeout;
  let escaped: Drained["escaped"];
  for (;;) {
    const left = until - performance.now();
    try {
      DRAIN.runInContext(context, left === Infinity ? undefined : { timeout: Math.max(1, Math.ceil(left)) });
      return { completed: true, escaped };
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT" && left !== Infinity) {
        abandonRunsAbove(depth); // runs of other sandboxes that host functions started in the drain died with it
        return { completed: false, escaped };
      }
      escaped ??= { error };
      if (until === Infinity) until = performance.now() + ESCAPED_GRACE_MS;
    }
  }
}
