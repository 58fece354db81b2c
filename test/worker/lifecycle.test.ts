/**
 * Why: workers are expensive to start, so a healthy one is reused; one that was stopped is replaced;
 * close() ends them all; and idle workers never keep the host process alive, while a run under way
 * does. Worker construction is recorded (the module is wrapped, not changed) to see which threads ran.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { Sandbox, SandboxError, SandboxOptionsError } from "../../src/index.js";
import { rejectionOf } from "./rejection.js";

const started = vi.hoisted(() => [] as Worker[]);
vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  class RecordedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

/** A sandbox, and a live view of the workers it has started so far. */
function recorded(make: () => Sandbox): { sandbox: Sandbox; workers: () => Worker[] } {
  const before = started.length;
  return { sandbox: make(), workers: () => started.slice(before) };
}

describe("worker lifecycle", () => {
  it("starts one worker with the sandbox and reuses it run after run", async () => {
    const { sandbox, workers } = recorded(() => new Sandbox({ runIn: "worker" }));
    try {
      for (let i = 0; i < 5; i++) expect(await sandbox.evaluateAsync("i * 2", { i })).toBe(i * 2);
      expect(workers()).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });

  it("replaces a worker it had to stop, and the next run goes to the new one", async () => {
    const { sandbox, workers } = recorded(() => new Sandbox({ runIn: "worker", limits: { memoryMb: 8, steps: 1e12, timeoutMs: 20_000 } }));
    try {
      await rejectionOf(sandbox.evaluateAsync("let a = []; for (;;) a.push('x'.repeat(1000) + a.length)"));
      expect(await sandbox.evaluateAsync("1 + 1")).toBe(2);
      expect(workers()).toHaveLength(2);
      const [first, second] = workers();
      expect(first!.threadId, "the stopped worker has exited").toBe(-1);
      expect(second!.threadId).toBeGreaterThan(0);
    } finally {
      await sandbox.close();
    }
  });

  it("runs submitted together all complete, each with its own inputs", async () => {
    const sandbox = new Sandbox({ runIn: "worker" });
    try {
      const runs = Array.from({ length: 6 }, (_, i) => sandbox.evaluateAsync("let s = 0; for (let k = 0; k < n; k++) s += k; s", { n: i * 1000 }));
      expect(await Promise.all(runs)).toEqual([0, 499_500, 1_999_000, 4_498_500, 7_998_000, 12_497_500]);
    } finally {
      await sandbox.close();
    }
  });

  it("close() ends every worker, fails the runs under way, is idempotent, and later runs are refused", async () => {
    const { sandbox, workers } = recorded(() => new Sandbox({ runIn: "worker", limits: { steps: 1e12, timeoutMs: 20_000 } }));
    const running = rejectionOf(sandbox.evaluateAsync("for (;;) {}"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([sandbox.close(), sandbox.close()]);
    const error = await running;
    expect(error.code).toBe("SANDBOX_WORKER");
    expect(error).toBeInstanceOf(SandboxError);
    expect(workers().map((worker) => worker.threadId)).toEqual([-1]);
    expect(await rejectionOf(sandbox.evaluateAsync("1"))).toBeInstanceOf(SandboxOptionsError);
    await sandbox.close();
  });

  it("idle workers do not keep the process alive, a run under way does", () => {
    const index = fileURLToPath(new URL("../../dist/src/index.js", import.meta.url));
    const script = [
      `import { Sandbox } from ${JSON.stringify(index)};`,
      `new Sandbox({ runIn: "worker" });`,
      `const sandbox = new Sandbox({ runIn: "worker" });`,
      `sandbox.evaluateAsync("let s = 0; for (let i = 0; i < 100000; i++) s += i; s").then((value) => console.log(value));`,
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
    expect(result.signal, "the process exited by itself").toBeNull();
    expect([result.status, result.stdout.trim()], result.stderr).toEqual([0, "4999950000"]);
  });
});
