/**
 * Why: `explain` is the teaching view of a run; each way a run can end must be attributed to the layer
 * that really stopped it, with the position in the user's source - and a completed run must report its
 * value. The CLI command prints the same, as text or JSON.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Sandbox } from "../../src/index.js";
import { quietSandbox, without } from "../_harness/sandbox.js";

const sandbox = new Sandbox({ globals: { max: Math.max } });
const open = quietSandbox({ layers: without("validator", "guards") });

describe("sandbox.explain", () => {
  const cases: [string, Sandbox, string, Record<string, unknown>][] = [
    ["the validator", sandbox, "({}).constructor", { stoppedBy: "validator", location: { line: 1, column: 6 } }],
    ["the parser", sandbox, "max(1, 2", { stoppedBy: "parser" }],
    ["the key guard", sandbox, "const k = 'con' + 'structor';\n[][k]", { stoppedBy: "guards", refusedKey: "constructor", location: { line: 2, column: 4 } }],
    ["the budget", sandbox, "let i = 0;\nwhile (true) i++;", { stoppedBy: "budget", location: { line: 2, column: 1 } }],
    ["a tamed constructor", open, "(() => {}).constructor('return 1')()", { stoppedBy: "harden", tamedIntrinsics: ["Function"] }],
    ["a frozen intrinsic", sandbox, "Object.prototype.x = 1", { stoppedBy: "harden or freeze" }],
    ["the whitelist", open, "process.exit()", { stoppedBy: "whitelist" }],
    ["the membrane", sandbox, "() => 1", { stoppedBy: "isolation" }],
    ["the guest's own error", sandbox, "null.x", { stoppedBy: "guest", location: { line: 1, column: 6 } }],
  ];
  for (const [name, box, source, expected] of cases) {
    it(`attributes a stop to ${name}`, () => {
      const explanation = box.explain(source);
      expect(explanation.outcome).toBe("stopped");
      expect(explanation).toMatchObject(expected);
      expect(explanation.reason).toBeTruthy();
    });
  }
  it("reports a completed run's value", () => {
    expect(sandbox.explain("max(a, 3)", { a: 7 })).toMatchObject({ outcome: "completed", value: 7, weakened: [] });
  });
  it("lists every rule diagnostic with its position", () => {
    expect(sandbox.explain("o.__proto__; eval('1')", { o: {} }).diagnostics.map((d) => [d.ruleId, d.column])).toEqual([["no-proto-property", 3], ["no-direct-eval", 14], ["no-unknown-global", 14]]);
  });
  it("says when the sandbox was weakened", () => {
    expect(open.explain("1").weakened).toEqual(["validator", "guards"]);
  });
});

describe("ringfence explain", () => {
  const cli = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
  it("prints what stopped the code and where", () => {
    const result = spawnSync(process.execPath, [cli, "explain", "const k = 'con' + 'structor'; [][k]"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/stopped by guards/);
    expect(result.stdout).toMatch(/where: line 1, column 34/);
  });
  it("with --what-if, reruns the code without the stopping layer in a child process and says what happened", () => {
    const result = spawnSync(process.execPath, [cli, "explain", "const k = 'con' + 'structor'; [][k][k]('return 1')()", "--what-if", "--json"], { encoding: "utf8", timeout: 30_000 });
    const report = JSON.parse(result.stdout) as { stoppedBy: string; whatIf: { layerOff: string; escaped: boolean; outcome: string } };
    expect(report.stoppedBy).toBe("guards");
    expect(report.whatIf).toMatchObject({ layerOff: "guards", escaped: false, outcome: "sandbox-error" });
  });
  it("prints JSON with --json", () => {
    const result = spawnSync(process.execPath, [cli, "explain", "while (true) {}", "--json", "--steps", "1000"], { encoding: "utf8" });
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: "stopped", stoppedBy: "budget" });
  });
});
