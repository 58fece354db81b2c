/**
 * Why: the public API's promise is that every failure is a SandboxError - misuse by the caller
 * included. Wrong argument types, throwing getters and proxies in inputs or endowments, and re-entering
 * a running sandbox are reported as typed errors, never as whatever the host value threw.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LAYERS, Sandbox, SandboxCopyError, SandboxError, SandboxOptionsError, formatDiagnostic, whatIfLayerOff } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

const sandbox = new Sandbox();

describe("argument checks", () => {
  const misuse: [string, () => unknown][] = [
    ["evaluate with null inputs", () => sandbox.evaluate("1", null as never)],
    ["compile with null options", () => sandbox.compile("1", null as never)],
    ["check with null options", () => sandbox.check("1", null as never)],
    ["check with an unknown option", () => sandbox.check("1", { bogus: 1 } as never)],
    ["compile with inputs that are not an array of names", () => sandbox.compile("1", { inputs: "abc" as never })],
    ["a source that is not a string", () => sandbox.evaluate({ toString: () => { throw new Error("host code ran"); } } as never)],
    ["run with null inputs", () => sandbox.compile("1").run(null as never)],
  ];
  for (const [name, call] of misuse) {
    it(`refuses ${name} with a SandboxOptionsError`, () => {
      expect(errorOf(call)).toBeInstanceOf(SandboxOptionsError);
    });
  }
  it("explain reports misuse in its report instead of throwing", () => {
    expect(sandbox.explain("1", null as never)).toMatchObject({ outcome: "stopped", error: { code: "SANDBOX_OPTIONS" } });
  });
});

describe("host values that throw while being read", () => {
  it("an input getter or a proxy as inputs becomes a SandboxCopyError", () => {
    const program = sandbox.compile("a + 1");
    expect(errorOf(() => program.run({ get a() { throw new Error("getter"); } }))).toBeInstanceOf(SandboxCopyError);
    const trap = () => { throw new Error("trap"); };
    const hostile = new Proxy({}, { get: trap, has: trap, getOwnPropertyDescriptor: trap, ownKeys: trap });
    expect(errorOf(() => program.run(hostile))).toBeInstanceOf(SandboxError);
    expect(errorOf(() => sandbox.evaluate("1", hostile))).toBeInstanceOf(SandboxError);
  });
  it("an endowment getter that throws is an options error when the sandbox is made", () => {
    expect(() => new Sandbox({ globals: { get x() { throw new Error("getter"); } } })).toThrow(SandboxOptionsError);
  });
  it("reads an endowment getter once, when the sandbox is made", () => {
    let reads = 0;
    const box = new Sandbox({ globals: { get rate() { reads++; return 2; } } });
    expect([box.evaluate("rate * 2"), box.evaluate("rate * 3"), reads]).toEqual([4, 6, 1]);
  });
});

describe("re-entering a running sandbox", () => {
  it("from one of its own host functions is a SandboxOptionsError", () => {
    const holder: { box?: Sandbox } = {};
    holder.box = new Sandbox({ globals: { inner: () => holder.box!.evaluate("1") } });
    expect(holder.box.evaluate("let r; try { inner(); } catch (e) { r = e.name; } r")).toBe("SandboxOptionsError");
  });
});

describe("public helpers", () => {
  it("formatDiagnostic prints line:column, rule, message and hint", () => {
    const [diagnostic] = sandbox.check("({}).constructor");
    expect(formatDiagnostic(diagnostic!)).toMatch(/^1:6 {2}no-constructor-property {2}`constructor` is not allowed.*\(hint: .+\)$/);
  });
  it("LAYERS lists the six layers in pipeline order", () => {
    expect(LAYERS).toEqual(["validator", "guards", "whitelist", "freeze", "harden", "isolation"]);
  });
  it("whatIfLayerOff reruns code without one layer in a child process", async () => {
    // Under vitest this module is TypeScript source; the API runs the compiled child runner from dist/.
    const child = fileURLToPath(new URL("../../dist/src/ablation/child.js", import.meta.url));
    const rerun = await whatIfLayerOff("const k = 'con' + 'structor'; [][k][k]('return 1')()", "guards", child);
    expect(rerun).toMatchObject({ layerOff: "guards", escaped: false, outcome: "sandbox-error" });
  }, 30_000);
});
