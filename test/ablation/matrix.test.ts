/**
 * Why: docs/ablation.md publishes the ablation matrix, and the matrix backs three claims about the
 * layers; both must stay true as the corpus and the layers change. The matrix is computed once, by
 * the built command as a user runs it (`node dist/src/cli/escapes.js --json`, dist/ built by the
 * suite's global setup), and every test below reads that one result: the document must be exactly
 * what `--write` would make of it, and the claims are checked against it.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_ON, allBut, only } from "../../src/ablation/configurations.js";
import { LAYER_NAMES, type LayerName } from "../../src/ablation/corpus.js";
import { handWritten, splice } from "../../src/ablation/document.js";
import type { Matrix } from "../../src/ablation/matrix.js";
import { renderMarkdown } from "../../src/ablation/render-markdown.js";
import { secondLineLayers } from "./second-line.js";

const cli = fileURLToPath(new URL("../../dist/src/cli/escapes.js", import.meta.url));
const documentFile = fileURLToPath(new URL("../../docs/ablation.md", import.meta.url));
let matrix: Matrix;

function runCli(): Promise<Matrix> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString("utf8"); });
    child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString("utf8"); });
    child.on("close", (code) => {
      // Exit 1 means the full sandbox let something through: still a matrix, judged by the tests below.
      if (code === 0 || code === 1) resolve(JSON.parse(stdout) as Matrix);
      else reject(new Error(`ringfence escapes --json exited ${code}:\n${stderr}`));
    });
  });
}

const through = (config: string) => matrix.files.filter((f) => !f.results[config]!.blocked).map((f) => f.file);

beforeAll(async () => {
  matrix = await runCli();
}, 300_000);

describe("the ablation matrix", () => {
  it("is what docs/ablation.md shows (regenerate: npm run build && node dist/src/cli/escapes.js --write)", () => {
    const document = readFileSync(documentFile, "utf8");
    expect(document).toBe(splice(document, renderMarkdown(matrix)));
  });

  it("covers the whole corpus under every configuration", () => {
    expect(matrix.files.length).toBeGreaterThanOrEqual(45);
    for (const file of matrix.files) expect(Object.keys(file.results).sort(), file.file).toEqual(matrix.configurations.map((c) => c.name).sort());
  });

  it("with all layers on, blocks every attempt", () => {
    expect(through(ALL_ON.name)).toEqual([]);
  });

  it.each(LAYER_NAMES.map((l) => [l]))("does not let %s alone block the whole corpus", (layer: LayerName) => {
    expect(through(only(layer).name).length).toBeGreaterThan(0);
  });

  it.each(LAYER_NAMES.map((l) => [l]))("lets something through without %s, or docs/ablation.md explains why it is a second line", (layer: LayerName) => {
    const explained = secondLineLayers(handWritten(readFileSync(documentFile, "utf8")));
    const onlyStoppedByIt = through(allBut(layer).name);
    if (onlyStoppedByIt.length > 0) expect(explained, `${layer} is the only layer stopping ${onlyStoppedByIt.join(", ")}: drop its second-line section`).not.toContain(layer);
    else expect(explained, `leaving ${layer} out lets nothing through: explain why under "## Second-line layers"`).toContain(layer);
  });
});
