/**
 * Why: `ringfence dojo` as the CLI will call it (src/cli/dojo.ts, dispatched from main.ts): the verdict
 * on stdout, exit 0 when the level held and 3 when it was escaped, the report as data with --json, and
 * every kind of bad usage as a UsageError (which main.ts prints with the usage, exit 2).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { args, cli } from "./built.js";

const dir = mkdtempSync(join(tmpdir(), "ringfence-dojo-cli-"));
const attempt = join(dir, "attempt.js");
writeFileSync(attempt, "this['pro' + 'cess']");

function dojo(positional: string[], flags: Record<string, string[]>): { code: number; stdout: string } {
  let stdout = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => { stdout += String(chunk); return true; });
  try {
    return { code: cli.dojoCommand({ command: "dojo", positional, flags: new Map(Object.entries(flags)) }), stdout };
  } finally {
    write.mockRestore();
  }
}

afterEach(() => { vi.restoreAllMocks(); });

describe("ringfence dojo", () => {
  it("prints ESCAPED and the tripwire, exit 3, when the attempt gets out", () => {
    const { code, stdout } = dojo([attempt], { "--level": ["1"] });
    expect(code).toBe(cli.EXIT_ESCAPED);
    expect(stdout).toBe("ESCAPED: obtained the host's process\n  level 1 (keyword blacklist): the attempt returned an object\n");
  });

  it("prints held, exit 0, when the level holds", () => {
    const { code, stdout } = dojo([attempt], { "--level": ["2"] });
    expect(code).toBe(cli.EXIT_HELD);
    expect(stdout).toBe("held\n  level 2 (builtins whitelist): the attempt returned undefined\n");
  });

  it("prints the report as data with --json", () => {
    const { code, stdout } = dojo([attempt], { "--level": ["6"], "--json": ["true"] });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ level: 6, title: "ringfence: new Sandbox()", verdict: "held", tripwires: [], outcome: "value", detail: "undefined" });
  });

  it("takes --timeout for the host's time limit", () => {
    const loop = join(dir, "loop.js");
    writeFileSync(loop, "for (;;) {}");
    const { code, stdout } = dojo([loop], { "--level": ["5"], "--timeout": ["1000"] });
    expect(code).toBe(cli.EXIT_ESCAPED);
    expect(stdout).toMatch(/^ESCAPED: the host process hung \(no report within 1000 ms\)\n/);
  });

  it.each([
    ["no --level", [attempt], {}],
    ["--level 7", [attempt], { "--level": ["7"] }],
    ["--level x", [attempt], { "--level": ["x"] }],
    ["an empty --level", [attempt], { "--level": [""] }],
    ["no file", [], { "--level": ["1"] }],
    ["two files", [attempt, attempt], { "--level": ["1"] }],
    ["a missing file", [join(dir, "missing.js")], { "--level": ["1"] }],
    ["--timeout 0", [attempt], { "--level": ["1"], "--timeout": ["0"] }],
    ["a flag of another command", [attempt], { "--level": ["1"], "--steps": ["10"] }],
  ] as const)("refuses %s as bad usage", (_what, positional, flags) => {
    expect(() => dojo([...positional], flags as Record<string, string[]>)).toThrow(args.UsageError);
  });
});
