/**
 * Why: the README's usage example is the first code a user copies, so it is executed: every line of
 * the `## Use` block that ends in a `// value` comment must produce that value.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Sandbox, check, evaluate } from "../../src/index.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const block = /## Use\s+```js\n([\s\S]*?)```/.exec(readme)![1]!;

describe("README usage example", () => {
  it("runs, and every commented value is what the code returns", async () => {
    const lines = block.split("\n").filter((line) => !line.startsWith("import "));
    const body = lines.map((line) => {
      const claim = /^(.*?);\s*\/\/.*?(?:: |^\/\/ )?(-?[\d.]+|\[\]|Diagnostic\[\].*)$/.exec(line);
      if (!claim || !/\/\/ .*?(\d|Diagnostic)/.test(line)) return line;
      const [, expression, expected] = claim;
      if (expected!.startsWith("Diagnostic")) return `results.push(["diagnostics", Array.isArray(${expression!.trim()})]);`;
      return `results.push([${JSON.stringify(expression!.trim())}, ${expression!.replace(/^(const|let) \w+ = /, "")}, ${expected}]);`;
    }).join("\n");
    const results: unknown[][] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
    await new AsyncFunction("Sandbox", "evaluate", "check", "results", body)(Sandbox, evaluate, check, results);
    expect(results.length).toBeGreaterThanOrEqual(6);
    for (const [what, actual, expected] of results) {
      if (what === "diagnostics") expect(actual).toBe(true);
      else expect(actual, String(what)).toEqual(expected);
    }
  });
});
