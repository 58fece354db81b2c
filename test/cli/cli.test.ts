/**
 * Why: the CLI as a person uses it - the built command in a child process: results on stdout, errors
 * as sandbox errors with exit 1, bad usage as a short usage message with exit 2, never a stack trace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ringfence-cli-"));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("ringfence --module", () => {
  it("runs a module with the modules --allow-module lists, and refuses any other", () => {
    writeFileSync(join(dir, "tax.json"), JSON.stringify({ rate: 0.2 }));
    writeFileSync(join(dir, "util.mjs"), "export const twice = (x) => x * 2;");
    const allow = ["--module", "--allow-module", `@app/tax=${join(dir, "tax.json")}`, `--allow-module=@app/util=${join(dir, "util.mjs")}`];
    const result = run("eval", 'import { rate } from "@app/tax";\nimport { twice } from "@app/util";\nexport const total = twice(50) * (1 + rate);', ...allow, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, value: { total: 120 } });
    const refused = run("eval", 'import fs from "node:fs";', ...allow);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/1:16 +no-unlisted-import +module "node:fs" is not one of the modules this sandbox offers/);
  });
  it("checks the guest modules a program imports, locating each problem in that module's file", () => {
    const evil = join(dir, "evil.mjs"), main = join(dir, "main.mjs");
    writeFileSync(evil, "export const ok = 1;\nexport const F = (() => {}).constructor;");
    writeFileSync(main, 'import { F } from "evil";');
    const allow = ["--module", "--allow-module", `evil=${evil}`];
    const text = run("check", main, ...allow);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${evil}:2:29  no-constructor-property  in module "evil": `);
    const sarif = JSON.parse(run("check", main, ...allow, "--format", "sarif").stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: evil }, region: { startLine: 2, startColumn: 29 } });
  });
  it("refuses --allow-module without --module, and files that are neither JSON nor JavaScript", () => {
    expect(run("eval", "1", "--allow-module", "a=x.json")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--allow-module needs --module/) });
    expect(run("eval", "1", "--module", "--allow-module", "a=x.txt")).toMatchObject({ code: 2, stderr: expect.stringMatching(/must be a .json, .js or .mjs file/) });
  });
});

describe("ringfence eval", () => {
  it("prints the value, with inputs", () => {
    expect(run("eval", "a * b", "--input", "a=6", "--input", "b=7")).toMatchObject({ code: 0, stdout: "42\n" });
  });
  it("evaluates an asynchronous program with --async, and refuses await without it", () => {
    expect(run("eval", "await Promise.resolve(a) * 2", "--input", "a=21", "--async")).toMatchObject({ code: 0, stdout: "42\n" });
    const refused = run("eval", "Promise.resolve(1)");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/only in asynchronous evaluation/);
  });
  it("runs in a worker with --worker, where --memory bounds the heap", () => {
    expect(run("eval", "a * 2", "--input", "a=21", "--worker")).toMatchObject({ code: 0, stdout: "42\n" });
    const bomb = run("eval", "let a = []; for (;;) a.push('x'.repeat(1000) + a.length)", "--worker", "--memory", "32", "--steps", "1e12", "--timeout", "10000", "--json");
    expect(bomb.code).toBe(1);
    expect(JSON.parse(bomb.stdout).error).toMatchObject({ name: "SandboxBudgetError", budget: "memory" });
  });
  it("reads inputs from a JSON file and prints JSON data", () => {
    const file = join(dir, "inputs.json");
    writeFileSync(file, JSON.stringify({ xs: [1, 2, 3] }));
    const result = run("eval", "new Set(xs)", "--inputs", file, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, value: { $set: [1, 2, 3] }, weakened: [] });
  });
  it("reports a refused program with exit 1 and no stack trace", () => {
    const result = run("eval", "({}).constructor");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SandboxPolicyError \(SANDBOX_POLICY\)/);
    expect(result.stderr).not.toMatch(/    at /);
  });
  it("gives errors as data with --json", () => {
    const result = run("eval", "while (true) {}", "--steps", "1000", "--json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ name: "SandboxBudgetError", code: "SANDBOX_BUDGET", budget: "steps" });
  });
  it("warns when layers are switched off", () => {
    expect(run("eval", "1", "--layers-off", "guards").stderr).toMatch(/weakened/);
  });
});

describe("ringfence run and check", () => {
  const bad = join(dir, "bad.js");
  writeFileSync(bad, "let x = 1;\nwith (x) {}\nx.__proto__;\neval(x)");
  it("run evaluates a file", () => {
    const good = join(dir, "good.js");
    writeFileSync(good, "let s = 0;\nfor (let i = 0; i < 4; i++) s += i;\ns");
    expect(run("run", good)).toMatchObject({ code: 0, stdout: "6\n" });
  });
  it("check lists every violation and exits 1", () => {
    const result = run("check", bad);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(4);
    expect(result.stdout).toMatch(/bad\.js:2:1 {2}no-with/);
  });
  it("check prints JSON and SARIF", () => {
    expect(JSON.parse(run("check", bad, "--format", "json").stdout)).toHaveLength(4);
    const sarif = JSON.parse(run("check", bad, "--format", "sarif").stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: "no-with", locations: [{ physicalLocation: { region: { startLine: 2, startColumn: 1 } } }] });
  });
  it("check exits 0 on clean code", () => {
    const clean = join(dir, "clean.js");
    writeFileSync(clean, "1 + 1");
    expect(run("check", clean)).toMatchObject({ code: 0 });
  });
});

describe("ringfence dojo and escapes", () => {
  it("runs an attempt against a tutorial level: escaped on a weak level, held on level 6", () => {
    const attempt = fileURLToPath(new URL("../../src/dojo/escapes/level-1.js", import.meta.url));
    expect(run("dojo", attempt, "--level", "1").code).toBe(3);
    expect(run("dojo", attempt, "--level", "6").code).toBe(0);
    expect(run("dojo", attempt).code).toBe(2);
  });
});

describe("help", () => {
  for (const flag of ["--help", "-h", "help"]) {
    it(`${flag} prints the usage, exit 0`, () => {
      expect(run(flag)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: ringfence/) });
    });
  }
});

describe("bad usage", () => {
  for (const args of [["frobnicate"], ["eval"], ["eval", "1", "--nope"], ["eval", "1", "--input", "novalue"], ["run", join(dir, "missing.js")], ["eval", "1", "--layers-off", "shields"]]) {
    it(`${args.join(" ")} prints usage, exit 2`, () => {
      const result = run(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^ringfence: /);
      expect(result.stderr).not.toMatch(/    at /);
    });
  }
});

describe("npm run demo", () => {
  it("shows benign results and every escape attempt stopped", () => {
    const demo = spawnSync(process.execPath, [fileURLToPath(new URL("../../dist/examples/demo.js", import.meta.url))], { encoding: "utf8", timeout: 60_000 });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/=> 60/);
    expect(demo.stdout).toMatch(/Object\.prototype is clean/);
    expect((demo.stdout.match(/STOPPED by/g) ?? []).length).toBeGreaterThanOrEqual(12);
  });
});
