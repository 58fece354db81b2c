/**
 * Why: the step budget and the deadline are what keep a guest from hanging the host. They must stop
 * every kind of unbounded work the guest can write - loops, recursion, callbacks run by builtins,
 * generators - survive guest catch and finally, name the kind of budget and where it ran out, and leave
 * the sandbox usable for the next run.
 */
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError, SandboxGuestError } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

const sandbox = new Sandbox({ limits: { steps: 10_000 } });

describe("the step budget", () => {
  const runaway: [string, string][] = [
    ["while", "while (true) {}"],
    ["for", "for (;;) {}"],
    ["do-while", "do {} while (true)"],
    ["for-of over a generator", "function* g() { while (true) yield 1; } for (const x of g()) {}"],
    // `-`, not `+`: a `+` of two calls carries a size guard, and its bigger frames overflow the stack before 10,000 steps.
    ["recursion", "function f(n) { return n < 0 ? 0 : f(n + 1) - f(n + 2); } f(0)"],
    ["callbacks in builtins", "const a = Array.from({ length: 1000 }, (_, i) => i); for (let i = 0; i < 100; i++) a.map((x) => x * 2)"],
    ["sort comparator", "const a = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5003); a.sort((x, y) => x - y)"],
    ["getter", "const o = { get x() { return 1; } }; let s = 0; for (let i = 0; i < 1e6; i++) s += o.x"],
    ["labelled continue", "outer: for (;;) { for (;;) { continue outer; } }"],
    ["class fields that construct their class", "class A { x = class { static { try { new A(); } catch {} try { new A(); } catch {} } } } new A()"],
    ["static blocks", "let n = 0; class A { static { n++; for (const C of [class { static { n++; } }]) n++; } } function f() { return class { static { f(); } }; } f()"],
  ];
  for (const [name, source] of runaway) {
    it(`stops ${name}`, () => {
      const error = errorOf(() => sandbox.evaluate(source));
      expect(error).toBeInstanceOf(SandboxBudgetError);
      expect((error as SandboxBudgetError).budget).toBe("steps");
      expect((error as SandboxBudgetError).location?.line).toBe(1);
    });
  }

  it("cannot be caught, swallowed by finally, or retried inside the run", () => {
    for (const source of [
      "let r; try { while (true) {} } catch (e) { r = 'caught'; } r",
      "(function () { try { while (true) {} } finally { return 'laundered'; } })()",
      "for (;;) { try { while (true) {} } catch (e) {} }",
      "let e2; try { while (true) {} } catch ({ message }) { e2 = message; } e2",
    ]) {
      expect(errorOf(() => sandbox.evaluate(source)), source).toBeInstanceOf(SandboxBudgetError);
    }
  });

  it("counts exactly: a loop of n iterations needs n steps", () => {
    const tight = new Sandbox({ limits: { steps: 101 } });
    expect(tight.evaluate("let s = 0; for (let i = 0; i < 100; i++) s++; s")).toBe(100);
    expect(errorOf(() => tight.evaluate("let s = 0; for (let i = 0; i < 102; i++) s++; s"))).toBeInstanceOf(SandboxBudgetError);
  });

  it("leaves the sandbox working for the next run", () => {
    errorOf(() => sandbox.evaluate("while (true) {}"));
    expect(sandbox.evaluate("1 + 1")).toBe(2);
    expect(sandbox.evaluate("let s = 0; for (let i = 0; i < 10; i++) s += i; s")).toBe(45);
  });

  it("ends deep recursion as a guest RangeError, not a host stack overflow, and recovers", () => {
    const deep = new Sandbox({ limits: { steps: 1e9, timeoutMs: 5000 } });
    const error = errorOf(() => deep.evaluate("function f() { return f() + 1; } f()"));
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect((error as SandboxGuestError).guestName).toBe("RangeError");
    expect(deep.evaluate("[1, 2].map((x) => x + 1)")).toEqual([2, 3]);
  });
});

describe("the deadline", () => {
  it("stops a run that has steps left but no time", () => {
    const slow = new Sandbox({ limits: { steps: 1e12, timeoutMs: 50 } });
    const start = performance.now();
    const error = errorOf(() => slow.evaluate("let i = 0; while (true) { i++; }"));
    const elapsed = performance.now() - start;
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect((error as SandboxBudgetError).budget).toBe("time");
    expect(elapsed).toBeLessThan(50 * 1.25 + 100);
  });
});
