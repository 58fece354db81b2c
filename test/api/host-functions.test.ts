/**
 * Why: endowed host functions are the guest's one way to reach the host, so these tests pin their
 * contract in asynchronous runs: an async host function answers with a realm promise settled within
 * the guest's deadline (value copied in, a rejection as a realm error with the same name and message),
 * a host promise that settles after its run touches nothing, synchronous runs still refuse async host
 * functions, and a guest function reaches the host only as a callback the host asked for, which runs
 * under the run's budget and only during it.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError, SandboxError, SandboxGuestError, SandboxOptionsError, withCallbacks } from "../../src/index.js";
import { asyncErrorOf } from "../_harness/sandbox.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("async host functions", () => {
  it("resolve to the host's value copied in, even awaited in a loop or all at once", async () => {
    // A generous deadline: this test pins behaviour, not speed (bench/ measures that).
    const sandbox = new Sandbox({ limits: { timeoutMs: 30_000 }, globals: { getRate: async (code: number) => ({ rate: code * 2 }), later: async (code: number) => { await tick(1); return code; } } });
    expect(await sandbox.evaluateAsync("const r = await getRate(3); [r.rate, Object.getPrototypeOf(r) === Object.prototype]")).toEqual([6, true]);
    expect(await sandbox.evaluateAsync("let t = 0; for (let i = 0; i < 100; i++) t += (await getRate(i)).rate; t")).toBe(9900);
    expect(await sandbox.evaluateAsync("const rs = await Promise.all([1, 2, 3].map(getRate)); rs.map((r) => r.rate)")).toEqual([2, 4, 6]);
    expect(await sandbox.evaluateAsync("let t = 0; for (let i = 0; i < 5; i++) t += await later(i); t")).toBe(10);
    expect(await sandbox.evaluateAsync("[getRate(1) instanceof Promise, typeof getRate(1).then]")).toEqual([true, "function"]);
  });

  it("reject with a realm error of the same name and message, never the host error object", async () => {
    class RateError extends Error { override name = "RateError"; secret = "host"; }
    const sandbox = new Sandbox({ globals: { getRate: async () => { throw new RateError("no rate"); }, late: () => Promise.reject(new TypeError("bad")) } });
    const seen = await sandbox.evaluateAsync("try { await getRate(1); } catch (e) { [e instanceof Error, e.name, e.message, e.secret, Object.getPrototypeOf(e) === Error.prototype] }");
    expect(seen).toEqual([true, "RateError", "no rate", undefined, true]);
    expect(await sandbox.evaluateAsync("try { await late(); } catch (e) { [e instanceof TypeError, e.message] }")).toEqual([true, "bad"]);
    const uncaught = await asyncErrorOf(() => sandbox.evaluateAsync("await getRate(1)"));
    expect(uncaught).toBeInstanceOf(SandboxGuestError);
    expect(uncaught).toMatchObject({ guestName: "RateError", guestMessage: "no rate" });
  });

  it("reject with a realm error even when reading the host error's message throws, again and again", async () => {
    const unreadable = (): Error => Object.defineProperty(new Error("hidden"), "message", { get() { throw unreadable(); } });
    const sandbox = new Sandbox({ globals: { failing: async () => { throw unreadable(); }, badValue: async () => ({ get v() { throw unreadable(); } }) } });
    // The host error must never reach the test runner, which would read its message too.
    const outcome = (source: string) => sandbox.evaluateAsync(source).catch((error: unknown) => (error instanceof SandboxError ? error.name : "not a SandboxError"));
    expect(await outcome("try { await failing(); } catch (e) { [e instanceof Error, e.message] }")).toEqual([true, "a host function failed"]);
    expect(await outcome("try { await badValue(); } catch (e) { [e instanceof Error, e.message] }")).toEqual([true, "a host function failed"]);
  });

  it("that never settle end with the run's deadline, as a time budget error", async () => {
    const sandbox = new Sandbox({ limits: { timeoutMs: 100 }, globals: { never: () => new Promise(() => undefined) } });
    const started = performance.now();
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("await never()"));
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect((error as SandboxBudgetError).budget).toBe("time");
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("count the time spent waiting against the deadline", async () => {
    const sandbox = new Sandbox({ limits: { timeoutMs: 100 }, globals: { slow: () => tick(20).then(() => 1) } });
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("let t = 0; for (;;) t += await slow()"));
    expect((error as SandboxBudgetError).budget).toBe("time");
  });

  it("settling many calls at once stop being copied in when the deadline passes", async () => {
    // One shared promise (a cache, a batch loader) settles every call in the same moment; each copy is host work.
    let reads = 0;
    const slowToCopy = { get v() { reads++; const start = performance.now(); while (performance.now() - start < 20); return 1; } };
    const cached = tick(1).then(() => slowToCopy);
    const sandbox = new Sandbox({ limits: { timeoutMs: 100 }, globals: { cachedRow: () => cached } });
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("const calls = []; for (let i = 0; i < 50; i++) calls.push(cachedRow()); await Promise.all(calls)"));
    expect((error as SandboxBudgetError).budget).toBe("time");
    expect(reads).toBeLessThanOrEqual(6); // 100 ms / 20 ms per copy, plus the one under way when the deadline passed
  });

  it("settling after their run is over touch nothing: the value is ignored and no guest code runs", async () => {
    let settle: (value: unknown) => void = () => undefined;
    let calls = 0;
    const sandbox = new Sandbox({ globals: { pending: () => new Promise((resolve) => { settle = resolve; }), count: () => { calls++; } } });
    expect(await sandbox.evaluateAsync("pending().then(() => count()); 'early'")).toBe("early");
    settle({ x: 1 });
    await tick(10);
    expect(calls).toBe(0);
    expect(await sandbox.evaluateAsync("1 + 1")).toBe(2);
    expect(calls).toBe(0);
  });

  it("settling while a later run waits settle nothing of that run", async () => {
    let settle: (value: unknown) => void = () => undefined;
    let calls = 0;
    const sandbox = new Sandbox({
      globals: { pending: () => new Promise((resolve) => { settle = resolve; }), count: () => { calls++; }, slow: () => tick(20).then(() => "slow") },
    });
    expect(await sandbox.evaluateAsync("pending().then(() => count()); 'early'")).toBe("early");
    const second = sandbox.evaluateAsync("await slow()");
    await tick(5);
    settle(1);
    expect(await second).toBe("slow");
    expect(calls).toBe(0);
  });

  it("that never settle keep one reaction per run, however often the guest asked for them", async () => {
    // Each reaction would otherwise hold a realm promise and its copy-in for as long as the host keeps the promise.
    let reactions = 0;
    class Counted<T> extends Promise<T> {
      constructor(executor: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void) { super(executor); reactions++; }
    }
    const forever = new Counted<never>(() => undefined);
    const sandbox = new Sandbox({ globals: { waitForIt: () => forever } });
    for (let run = 0; run < 3; run++) expect(await sandbox.evaluateAsync("for (let i = 0; i < 1000; i++) waitForIt(); 'done'")).toBe("done");
    expect(reactions).toBe(1 + 3); // the promise itself, and one `then` per run
  });

  it("leave no unhandled rejection when their run ended before they rejected", async () => {
    let fail: (error: unknown) => void = () => undefined;
    const sandbox = new Sandbox({
      globals: { pending: () => new Promise((_, reject) => { fail = reject; }), failing: async () => { throw new Error("now"); }, slow: () => tick(10) },
    });
    const rejections: unknown[] = [];
    const listener = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", listener);
    try {
      expect(await sandbox.evaluateAsync("pending(); 5")).toBe(5);
      expect(await sandbox.evaluateAsync("failing(); await slow(); 6")).toBe(6);
      fail(new Error("late"));
      await tick(20);
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });

  it("are still refused in synchronous evaluation", () => {
    const sandbox = new Sandbox({ globals: { getRate: async () => 1 } });
    expect(sandbox.evaluate("let r; try { getRate(); } catch (e) { r = [e.name, e.message]; } r")).toEqual(["SandboxCopyError", expect.stringMatching(/synchronous evaluation/)]);
  });

  it("let concurrent runs of one sandbox take turns", async () => {
    const sandbox = new Sandbox({ globals: { echo: async (x: number) => { await tick(5); return x; } } });
    const results = await Promise.all([1, 2, 3].map((x) => sandbox.evaluateAsync("await echo(x) * 10", { x })));
    expect(results).toEqual([10, 20, 30]);
    expect(sandbox.evaluate("7")).toBe(7);
  });

  it("let a run started by other host code while a run is in progress wait its turn, even just after a host promise settled", async () => {
    // Host code that reacts to the same promise the run waits for runs after the run woke, before it resumed.
    const holder: { box?: Sandbox; second?: Promise<unknown> } = {};
    const slow = () => {
      const settled = tick(5).then(() => 1);
      queueMicrotask(() => void settled.then(() => { holder.second = holder.box!.evaluateAsync("2"); }));
      return settled;
    };
    holder.box = new Sandbox({ globals: { slow } });
    expect(await holder.box.evaluateAsync("await slow()")).toBe(1);
    expect(await holder.second).toBe(2);
  });

  it("that run another sandbox leave it usable when the watchdog cuts the outer run's drain short in the middle of the inner run", async () => {
    const inner = new Sandbox({ limits: { timeoutMs: 5_000, steps: 1e12 } });
    const runInner = (async: boolean) => {
      try {
        if (async) void inner.evaluateAsync("for (;;);").catch(() => undefined);
        else inner.evaluate("for (;;);");
      } catch { /* only the watchdog ends it */ }
    };
    const outer = new Sandbox({ limits: { timeoutMs: 100 }, globals: { runInner } });
    for (const async of [false, true]) {
      const error = await asyncErrorOf(() => outer.evaluateAsync(`await 0; runInner(${async})`));
      expect((error as SandboxBudgetError).budget).toBe("time");
      expect(inner.evaluate("1 + 1")).toBe(2);
      expect(await inner.evaluateAsync("await 2")).toBe(2);
    }
  });

  it("that run, start asynchronously or compile in another sandbox at the stack's edge leave the host alive and it usable (child processes)", () => {
    const fixture = new URL("./fixtures/run-at-stack-edge.mjs", import.meta.url).pathname;
    const library = new URL("../../dist/src/index.js", import.meta.url).href;
    for (const mode of ["run", "async", "compile"]) {
      for (const stack of ["--stack-size=300", "--stack-size=984"]) {
        const child = spawnSync(process.execPath, [stack, fixture, library, mode], { encoding: "utf8", timeout: 120_000 });
        expect(child.status, `${mode} ${stack}: ${child.stderr.slice(-2000)}`).toBe(0);
        expect(JSON.parse(child.stdout.trim().split("\n").pop()!)).toEqual({ after: 4 });
      }
    }
  });

  it("cannot re-enter their own sandbox: the inner run is refused at once, not queued behind the outer one", async () => {
    const holder: { box?: Sandbox } = {};
    holder.box = new Sandbox({ globals: { inner: () => holder.box!.evaluateAsync("1"), slow: () => tick(5) } });
    expect(await holder.box.evaluateAsync("try { await inner(); } catch (e) { e.name }")).toBe("SandboxOptionsError");
    expect(await holder.box.evaluateAsync("await slow(); try { await inner(); } catch (e) { e.name }")).toBe("SandboxOptionsError");
  });
});

describe("host function calls", () => {
  it("are charged a step each: a builtin calling one over a huge array stops at the budget", async () => {
    // No guest code runs between the calls Array.from makes, so no guard would charge them.
    let calls = 0;
    const sandbox = new Sandbox({ limits: { steps: 1000 }, globals: { note: () => { calls++; } } });
    for (const run of [() => sandbox.evaluate("Array.from({ length: 100000 }, note); 'done'"), () => sandbox.evaluateAsync("Array.from({ length: 100000 }, note); 'done'")]) {
      calls = 0;
      const error = await asyncErrorOf(async () => run());
      expect((error as SandboxBudgetError).budget).toBe("steps");
      expect(calls).toBeLessThan(1000);
    }
  });
});

describe("a host function as the guest sees it", () => {
  const sandbox = new Sandbox({ globals: { getRate: async (code: number) => code } });

  it("is a realm function with nothing behind it to reach the host", async () => {
    const seen = await sandbox.evaluateAsync(`[
      getRate instanceof Function, Object.getPrototypeOf(getRate) === Function.prototype,
      Object.getOwnPropertyNames(getRate).sort().join(), getRate.call(null, 4) instanceof Promise,
      typeof getRate.bind(null, 1), String(getRate).includes("code"), Object.isFrozen(getRate),
    ]`);
    expect(seen).toEqual([true, true, "length,name", true, "function", false, true]);
  });

  it("refuses constructor, caller and arguments, and cannot be constructed", async () => {
    for (const source of ["getRate.constructor", "getRate['con' + 'structor']", "getRate.caller", "getRate.arguments", "new getRate(1)"]) {
      const error = await asyncErrorOf(() => sandbox.evaluateAsync(source));
      expect(error, source).toBeInstanceOf(SandboxError);
      if (error instanceof SandboxGuestError) expect(error.guestName, source).toBe("TypeError");
    }
  });
});

describe("callbacks", () => {
  it("are refused unless the host function asked for them", async () => {
    const sandbox = new Sandbox({ globals: { each: (items: number[], fn: (x: number) => void) => items.forEach(fn) } });
    expect(await sandbox.evaluateAsync("try { each([1], () => 1); } catch (e) { e.name }")).toBe("SandboxCopyError");
  });

  it("run the guest function with copied arguments and copy its result out", async () => {
    const seen: unknown[] = [];
    const map = withCallbacks((items: unknown[], fn: (x: unknown, i: number) => unknown) => items.map((x, i) => { const r = fn(x, i); seen.push(r); return r; }));
    const sandbox = new Sandbox({ globals: { map } });
    expect(sandbox.evaluate("map([{ n: 1 }, { n: 2 }], (x, i) => ({ m: x.n * 10 + i }))")).toEqual([{ m: 10 }, { m: 21 }]);
    expect(seen).toEqual([{ m: 10 }, { m: 21 }]);
    expect(Object.getPrototypeOf(seen[0])).toBe(Object.prototype);
    expect(await sandbox.evaluateAsync("map([1, 2], (x) => x + 1)")).toEqual([2, 3]);
  });

  it("hand the host a guest error as a host Error, and the host's as a realm one back", () => {
    const call = withCallbacks((fn: () => unknown) => {
      try { return fn(); } catch (error) { return [error instanceof Error, (error as Error).name, (error as Error).message]; }
    });
    const sandbox = new Sandbox({ globals: { call, rethrow: withCallbacks((fn: () => unknown) => fn()) } });
    expect(sandbox.evaluate("call(() => { throw new RangeError('guest'); })")).toEqual([true, "RangeError", "guest"]);
    expect(sandbox.evaluate("try { rethrow(() => { throw new TypeError('t'); }); } catch (e) { [e instanceof TypeError, e.message] }")).toEqual([true, "t"]);
  });

  it("run under the run's budget: an endless callback ends the run with the step budget", async () => {
    let hostSaw: unknown;
    const call = withCallbacks((fn: () => unknown) => { try { return fn(); } catch (error) { hostSaw = error; return "swallowed"; } });
    const sandbox = new Sandbox({ limits: { steps: 10_000 }, globals: { call } });
    const error = await asyncErrorOf(() => sandbox.evaluateAsync("call(() => { for (;;) {} }); 'finished'"));
    expect((error as SandboxBudgetError).budget).toBe("steps");
    expect(hostSaw).toBeInstanceOf(SandboxBudgetError);
  });

  it("called by an async host function while the run waits, run inside the run", async () => {
    const later = withCallbacks(async (fn: (x: number) => number) => { await tick(5); return fn(20) + 1; });
    const sandbox = new Sandbox({ globals: { later } });
    expect(await sandbox.evaluateAsync("await later((x) => x * 2)")).toBe(41);
  });

  it("called after the run throw a SandboxError to the host and run nothing", async () => {
    let kept: (() => unknown) | undefined;
    let calls = 0;
    const sandbox = new Sandbox({ globals: { keep: withCallbacks((fn: () => unknown) => { kept = fn; }), count: () => { calls++; } } });
    expect(sandbox.evaluate("keep(() => count()); 1")).toBe(1);
    expect(() => kept!()).toThrow(SandboxOptionsError);
    expect(await sandbox.evaluateAsync("keep(() => count()); 2")).toBe(2);
    expect(() => kept!()).toThrow(SandboxOptionsError);
    expect(calls).toBe(0);
  });

  it("belong to their own run: one kept from an earlier run is refused during a later one", () => {
    let kept: (() => unknown) | undefined;
    let calls = 0;
    const callKept = () => { try { kept!(); return "ran"; } catch (error) { return (error as Error).name; } };
    const sandbox = new Sandbox({ globals: { keep: withCallbacks((fn: () => unknown) => { kept = fn; }), callKept, count: () => { calls++; } } });
    expect(sandbox.evaluate("keep(() => count()); callKept()")).toBe("ran");
    expect(sandbox.evaluate("callKept()")).toBe("SandboxOptionsError");
    expect(calls).toBe(1);
  });

  it("never run a thrown proxy's traps in the host: the host gets a plain Error, and nothing of the guest's", () => {
    // A trap that throws would hand the host a realm object; given back to the guest, its functions would be wrapped as host functions.
    let caught: unknown;
    const attempt = withCallbacks((fn: () => unknown) => { try { return fn(); } catch (error) { caught = error; return error; } });
    const sandbox = new Sandbox({ globals: { attempt } });
    const seen = sandbox.evaluate(`
      let traps = 0;
      const thrown = new Proxy({}, { getOwnPropertyDescriptor() { traps++; throw { f() {} }; }, getPrototypeOf() { traps++; return null; } });
      const e = attempt(() => { throw thrown; });
      [traps, e instanceof Error, typeof e.f]`);
    expect(seen).toEqual([0, true, "undefined"]);
    expect(caught).toBeInstanceOf(Error);
  });

  it("withCallbacks refuses what is not a function", () => {
    expect(() => withCallbacks(1 as never)).toThrow(SandboxOptionsError);
  });
});
