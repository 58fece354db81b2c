/**
 * Why: regressions for what the red team and the escape corpus found at the boundary. Nothing the guest
 * returns or throws may reach host code as a live realm object (Node hands its host `inspect` to custom
 * inspect methods); async host functions must not leave unhandled rejections; endowments whose state
 * lives in internal slots (Map, Date, typed arrays) must not carry a run's changes into the next.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxCopyError, SandboxSyntaxError } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

describe("nothing live leaves the sandbox", () => {
  it("a RegExp with guest getters for its flags is copied from its internal slots (child process)", () => {
    const fixture = fileURLToPath(new URL("./fixtures/inspect-escape.mjs", import.meta.url));
    const library = new URL("../../dist/src/index.js", import.meta.url).href;
    const child = spawnSync(process.execPath, [fixture, library], { encoding: "utf8", timeout: 30_000 });
    expect(child.status, child.stderr).toBe(0);
    const outcome = JSON.parse(child.stdout.trim()) as { kind: string; escaped: boolean; isRegExp?: boolean };
    expect(outcome.escaped).toBe(false);
    expect(outcome).toMatchObject({ kind: "value", isRegExp: true });
  });
  it("forged stack frames cannot make locating an error run guest code", () => {
    const sandbox = new Sandbox();
    const source = `
      const format = Object.values(Object.getOwnPropertyDescriptors(Error)).find((d) => typeof d.value === 'function').value;
      const e = new Error('forged');
      const evil = { valueOf() { throw 'chosen'; } };
      format(e, [{ getFileName: () => 'ringfence:guest', getLineNumber: () => evil, getColumnNumber: () => evil }]);
      throw e;`;
    const error = errorOf(() => sandbox.evaluate(source));
    expect(error.name).toBe("SandboxGuestError");
  });
});

describe("the catch guard", () => {
  it("never walks through a proxy: a proxy prototype cycle or a revoked proxy is caught like any value", () => {
    const sandbox = new Sandbox({ limits: { steps: 1000, timeoutMs: 200 } });
    expect(sandbox.evaluate("const t = {}; const p = new Proxy(t, {}); Object.setPrototypeOf(t, p); let r; try { throw p; } catch (e) { r = 'caught'; } r")).toBe("caught");
    expect(sandbox.evaluate("const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); let r; try { throw proxy; } catch (e) { r = 'caught'; } r")).toBe("caught");
    expect(sandbox.evaluate("let traps = 0; const p = new Proxy({}, { getPrototypeOf() { traps++; return null; } }); try { throw p; } catch (e) {} traps")).toBe(0);
  });
});

describe("inputs", () => {
  it("are own properties only: a missing input named after an Object.prototype member is missing", () => {
    expect(errorOf(() => new Sandbox().compile("typeof constructor", { inputs: ["constructor"] }).run({}))).toMatchObject({ guestName: "ReferenceError" });
  });
  it("keep records of different shapes apart, whatever characters their keys contain", () => {
    const sandbox = new Sandbox();
    for (let i = 0; i < 6; i++) sandbox.evaluate("x.role", { x: { role: "user", name: "alice" } });
    expect(sandbox.evaluate("[Object.keys(x), x.role]", { x: JSON.parse('{"role\\u0000name":"admin"}') })).toEqual([["role\u0000name"], undefined]);
    expect(sandbox.evaluate("[x.role, x.name]", { x: { role: "user", name: "bob" } })).toEqual(["user", "bob"]);
  });
  it("copy typed-array subclasses such as Buffer as their base kind", () => {
    expect(new Sandbox().evaluate("[x.length, x instanceof Uint8Array, x[0]]", { x: Buffer.from("hi") })).toEqual([2, true, 104]);
  });
  it("refuse a rejected promise anywhere in a value without an unhandled rejection", async () => {
    const rejections: unknown[] = [];
    const listener = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", listener);
    try {
      const sandbox = new Sandbox({ globals: { api: { load: () => ({ data: 1, later: Promise.reject(new Error("nobody waits")) }) } } });
      expect(sandbox.evaluate("let r; try { api.load(); } catch (e) { r = e.message; } r")).toMatch(/Promise cannot cross/);
      expect(errorOf(() => new Sandbox().evaluate("x", { x: { p: Promise.reject(new Error("input")) } }))).toBeInstanceOf(SandboxCopyError);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });
});

describe("host functions", () => {
  it("refuse an async host function in synchronous evaluation without an unhandled rejection", async () => {
    const sandbox = new Sandbox({ globals: { later: async () => { throw new Error("rejected"); } } });
    const rejections: unknown[] = [];
    const listener = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", listener);
    try {
      expect(sandbox.evaluate("let r; try { later(); } catch (e) { r = e.message; } r")).toMatch(/async host function/);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });
  it("turn a host error named after an Object.prototype member into a plain realm Error", () => {
    const sandbox = new Sandbox({ globals: { fail: () => { const e = new Error("m"); e.name = "constructor"; throw e; } } });
    expect(sandbox.evaluate("let r; try { fail(); } catch (e) { r = [e instanceof Error, e.name, e.message]; } r")).toEqual([true, "constructor", "m"]);
  });
});

describe("endowments with internal state", () => {
  it("are copied afresh for every run, so no run sees another's changes", () => {
    const sandbox = new Sandbox({ globals: { m: new Map([[1, 2]]), d: new Date(0), bytes: new Uint8Array(2), s: new Set<string>(), re: /a/ } });
    sandbox.evaluate("m.set('leak', 1); d.setTime(42); bytes[0] = 7; s.add('leak'); globalThis.m.set('again', 1)");
    expect(sandbox.evaluate("[m.size, d.getTime(), bytes[0], s.size, globalThis.m.size, globalThis.m === m, typeof re.compile]")).toEqual([1, 0, 0, 0, 1, true, "undefined"]);
  });
});

describe("limits on host work", () => {
  it("refuse results larger than the copy limit instead of copying for minutes", () => {
    expect(errorOf(() => new Sandbox().evaluate("new Array(2e6).fill(0)"))).toBeInstanceOf(SandboxCopyError);
  });
  it("turn a member chain too long to walk into a syntax error", () => {
    expect(errorOf(() => new Sandbox().evaluate(`Math${".a".repeat(5000)}`))).toBeInstanceOf(SandboxSyntaxError);
  });
  it("turn programs the engine refuses to compile into a syntax error", () => {
    const args = Array.from({ length: 70_000 }, () => "0").join(",");
    const error = errorOf(() => new Sandbox({ limits: { maxSourceLength: 1e6 } }).evaluate(`Math.max(${args})`));
    expect(error).toBeInstanceOf(SandboxSyntaxError);
  });
  it("never bind eval or arguments, as input or endowment", () => {
    expect(errorOf(() => new Sandbox().evaluate("eval", { eval: 1 })).code).toBe("SANDBOX_POLICY");
    expect(() => new Sandbox({ globals: { arguments: 1 } })).toThrow(/strict mode/);
  });
});
