/**
 * Why: `ringfence escapes` finds the package, the corpus and its child runner from its own location;
 * from an installed package (no corpus) or an unbuilt checkout it must say what is missing, as a
 * SetupError the command prints, not crash.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SetupError, corpusDir, packageRoot } from "../../src/ablation/paths.js";

const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

describe("ablation paths", () => {
  it("finds the package root above the module, from src/ or dist/", () => {
    expect(packageRoot()).toBe(root);
    expect(packageRoot(join(root, "dist/src/ablation"))).toBe(root);
  });

  it("finds the corpus in the checkout", () => {
    expect(corpusDir(root)).toBe(join(root, "test/escapes/corpus"));
  });

  it("says so when there is no package or no corpus", () => {
    const empty = mkdtempSync(join(tmpdir(), "ringfence-ablation-"));
    expect(() => packageRoot(empty)).toThrow(SetupError);
    expect(() => corpusDir(empty)).toThrow(/no escape corpus at .*: the corpus ships with the source repository/);
  });
});
