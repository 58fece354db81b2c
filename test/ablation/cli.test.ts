/**
 * Why: `ringfence escapes` as a person runs it - the built module, directly - for the cheap paths: help,
 * and bad usage as a short message with exit 2 and no stack trace. The full run is in matrix.test.ts.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/src/cli/escapes.js", import.meta.url));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("ringfence escapes", () => {
  it("prints its usage with --help", () => {
    const result = run("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: ringfence escapes \[--json\] \[--write\]/);
  });

  it("refuses an unknown option or a positional argument with exit 2", () => {
    for (const args of [["--bogus"], ["corpus"]]) {
      const result = run(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^ringfence escapes: .*\n\nusage: ringfence escapes/);
      expect(result.stderr).not.toMatch(/    at /);
    }
  });
});
