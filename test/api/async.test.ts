/**
 * Why: asynchronous evaluation is where peer sandboxes' time limits stop holding - a promise job runs
 * after the call has returned, outside any budget. These tests pin that every job a program schedules
 * (await continuations, promise reactions, thenables, async generators) runs inside its run's steps and
 * deadline, that nothing it left behind runs afterwards (not even a host function call), that the
 * result is the settled value copied out, and that synchronous evaluation still refuses async code.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError, SandboxGuestError, SandboxOptionsError, SandboxPolicyError } from "../../src/index.js";
import { asyncErrorOf, errorOf } from "../_harness/sandbox.js";

// A generous deadline: these tests are about steps, and a loaded machine must not turn them into time trips.
const sandbox = new Sandbox({ limits: { steps: 20_000, timeoutMs: 10_000 } });

describe("evaluateAsync", () => {
  it("runs top-level await, async functions, async generators and for await", async () => {
    expect(await sandbox.evaluateAsync("await Promise.resolve(1) + 1")).toBe(2);
    expect(await sandbox.evaluateAsync("async function f(x) { await null; return x * 2; } let t = 0; for (let i = 0; i < 10; i++) t += await f(i); t")).toBe(90);
    expect(await sandbox.evaluateAsync("async function* g() { let i = 0; for (;;) yield i++; } let t = 0; for await (const x of g()) { if (x > 5) break; t += x; } t")).toBe(15);
    expect(await sandbox.evaluateAsync("const [a, b] = await Promise.all([1, Promise.resolve(2)]); ({ a, b })", {})).toEqual({ a: 1, b: 2 });
    expect(await sandbox.evaluateAsync("x + await y", { x: 1, y: 2 })).toBe(3);
  });

  it("copies out the settled value of a promise or thenable the program ends with", async () => {
    expect(await sandbox.evaluateAsync("Promise.resolve([1, { two: 2 }])")).toEqual([1, { two: 2 }]);
    expect(await sandbox.evaluateAsync("({ then(resolve) { resolve(new Map([[1, 2]])); } })")).toEqual(new Map([[1, 2]]));
  });

  it("reports a rejection as the guest's error, located", async () => {
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("await null;\nawait Promise.reject(new RangeError('boom'))"));
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect(error).toMatchObject({ guestName: "RangeError", guestMessage: "boom", location: { line: 2 } });
  });

  it("ignores rejections nobody waits for, as plain JavaScript would", async () => {
    expect(await sandbox.evaluateAsync("Promise.reject(new TypeError('x')); (async () => { throw 2; })(); 5")).toBe(5);
  });

  it("ends a program whose promise can never settle at once, as a time budget error", async () => {
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("await new Promise(() => {})"));
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect((error as SandboxBudgetError).budget).toBe("time");
  });

  it("refuses to subclass Promise, so every guest promise is a plain one", async () => {
    for (const source of ["class P extends Promise {} new P(() => {})", "Reflect.construct(Promise, [() => {}], function () {})", "Promise(() => {})"]) {
      const error = await asyncErrorOf(() => sandbox.evaluateAsync(source));
      expect(error).toBeInstanceOf(SandboxGuestError);
      expect((error as SandboxGuestError).guestName).toBe("TypeError");
    }
    expect(await sandbox.evaluateAsync("[Object.getPrototypeOf((async () => {})()) === Promise.prototype, Promise.resolve(1) instanceof Promise, Object.getOwnPropertyDescriptor(Promise.prototype, 'const' + 'ructor').value === Promise]")).toEqual([true, true, true]);
  });

  it("compiles once and runs many times with runAsync, and keeps run and runAsync apart", async () => {
    const program = sandbox.compile("await x * 2", { async: true });
    expect(await program.runAsync({ x: 2 })).toBe(4);
    expect(await program.runAsync({ x: 5 })).toBe(10);
    expect(errorOf(() => program.run({ x: 1 }))).toBeInstanceOf(SandboxOptionsError);
    await expect(sandbox.compile("1").runAsync()).rejects.toBeInstanceOf(SandboxOptionsError);
    expect(() => sandbox.compile("1", { async: "yes" } as never)).toThrow(SandboxOptionsError);
  });
});

describe("the budget across asynchronous work", () => {
  const runaway: [string, string][] = [
    ["an await loop", "for (;;) await null"],
    ["a promise reaction chain", "const loop = () => Promise.resolve().then(loop); await loop()"],
    ["a thenable that resolves with itself", "const t = { then(r) { r(t); } }; await t"],
    ["an async generator", "async function* g() { for (;;) yield 1; } for await (const x of g()) {}"],
    ["a thenable's then", "await { then(r) { for (;;) {} } }"],
    ["Promise.all over many jobs", "await Promise.all(Array.from({ length: 30000 }, async (_, i) => { await null; return i; }))"],
  ];
  for (const [name, source] of runaway) {
    it(`stops ${name} by steps, and the next run works`, async () => {
      const error = await asyncErrorOf(() => sandbox.evaluateAsync(source));
      expect(error).toBeInstanceOf(SandboxBudgetError);
      expect((error as SandboxBudgetError).budget).toBe("steps");
      expect(await sandbox.evaluateAsync("await 1 + 1")).toBe(2);
      expect(sandbox.evaluate("1 + 1")).toBe(2);
    });
  }

  it("stops an await loop by the deadline, counted from the start of the run", async () => {
    const timed = new Sandbox({ limits: { steps: 1e12, timeoutMs: 50 } });
    const error = await asyncErrorOf(() => timed.evaluateAsync("for (;;) await null"));
    expect((error as SandboxBudgetError).budget).toBe("time");
  });

  it("cuts off work left behind once the program's promise settles", async () => {
    const calls: unknown[] = [];
    const recording = new Sandbox({ globals: { record: (x: unknown) => { calls.push(x); } } });
    expect(await recording.evaluateAsync("(async () => { for (let i = 0; i < 3; i++) await null; record('late'); })(); record('now'); 1")).toBe(1);
    expect(await recording.evaluateAsync("async function f() { for (;;) await null; } f(); f(); 'done'")).toBe("done");
    expect(calls).toEqual(["now"]);
  });

  it("lets no continuation call the host after a budget trip", async () => {
    const calls: unknown[] = [];
    const recording = new Sandbox({ limits: { steps: 1000 }, globals: { record: (x: unknown) => { calls.push(x); } } });
    const error = await asyncErrorOf(() => recording.evaluateAsync("(async () => { try { await null; for (;;) {} } finally { record('finally'); } })(); (async () => { await null; await null; record('late'); })(); await new Promise(() => {})"));
    expect((error as SandboxBudgetError).budget).toBe("steps");
    expect(calls).toEqual([]);
  });

  it("ends deep async recursion as a guest RangeError and recovers", async () => {
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("async function f(n) { return 1 + await f(n + 1); } await f(0)"));
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect((error as SandboxGuestError).guestName).toBe("RangeError");
    expect(await sandbox.evaluateAsync("await 2")).toBe(2);
  });
});

describe("synchronous evaluation", () => {
  it("refuses async code and Promise with a hint to use evaluateAsync", () => {
    for (const source of ["async function f() {}", "Promise.resolve(1)", "const f = async () => { for await (const x of []) {} }"]) {
      const error = errorOf(() => sandbox.evaluate(source));
      expect(error).toBeInstanceOf(SandboxPolicyError);
      expect((error as SandboxPolicyError).diagnostics[0]!.hint).toMatch(/evaluateAsync/);
    }
    expect(sandbox.evaluate("typeof globalThis.Promise")).toBe("undefined");
  });
});

describe("the host process", () => {
  it("survives every rejection a guest leaves unhandled (run in a child process)", () => {
    const fixture = new URL("./fixtures/async-rejections.mjs", import.meta.url).pathname;
    const library = new URL("../../dist/src/index.js", import.meta.url).href;
    const child = spawnSync(process.execPath, [fixture, library], { encoding: "utf8", timeout: 60_000 });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split("\n").pop()!);
    expect(report).toEqual({
      alive: true, next: 2,
      results: {
        ignored: { value: "done" }, afterSettling: { value: "early" }, stackEdge: { value: true },
        budgetTrip: { error: "SandboxBudgetError", budget: "steps" },
      },
    });
  });
});
