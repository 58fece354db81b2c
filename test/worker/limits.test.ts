/**
 * Why: the hard limits are what runIn: "worker" is for. A memory bomb must end as a "memory" budget
 * error, a single builtin call that ignores the soft deadline as a "time" one, and in both cases only
 * the worker dies: the host carries on and the same sandbox's next run works. Only the worker thread
 * is at risk here, so these run in the test process; limits are small to keep the suite fast. Speed
 * claims belong to bench/: elapsed time is only checked as a loose sanity bound.
 */
import { afterAll, describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError } from "../../src/index.js";
import { rejectionOf } from "./rejection.js";

describe("hard limits in a worker", () => {
  const bombed = new Sandbox({ runIn: "worker", limits: { memoryMb: 16, steps: 1e12, timeoutMs: 20_000 } });
  const stuck = new Sandbox({ runIn: "worker", limits: { memoryMb: 256, steps: 1e12, timeoutMs: 200 } });
  afterAll(() => Promise.all([bombed.close(), stuck.close()]));

  it("a memory bomb ends with budget 'memory', and the next run works", async () => {
    const error = await rejectionOf(bombed.evaluateAsync("let a = []; for (;;) a.push('x'.repeat(1000) + a.length)")) as SandboxBudgetError;
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect(error.budget).toBe("memory");
    expect(error.message).toMatch(/16 MiB/);
    expect(await bombed.evaluateAsync("a * 2", { a: 21 })).toBe(42);
  });

  it("a long single builtin call ends with budget 'time' when the worker is terminated, and the next run works", async () => {
    expect(await stuck.evaluateAsync("1")).toBe(1); // started and warm: the deadline counts from the run's start
    const started = performance.now();
    const error = await rejectionOf(stuck.evaluateAsync("new Array(2 ** 22).fill(1.5).sort()")) as SandboxBudgetError;
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect(error.budget).toBe("time");
    expect(elapsed, "a loose sanity bound; bench/ measures the real margin").toBeLessThan(3 * 200);
    expect(await stuck.evaluateAsync("[3, 1, 2].sort()")).toEqual([1, 2, 3]);
  });

  it("the soft limits still hold inside, with a location", async () => {
    const small = new Sandbox({ runIn: "worker", limits: { steps: 1000 } });
    try {
      const error = await rejectionOf(small.evaluateAsync("let n = 0;\nfor (;;) n++")) as SandboxBudgetError;
      expect([error.budget, error.location?.line]).toEqual(["steps", 2]);
    } finally {
      await small.close();
    }
  });
});
