/**
 * Why: the escape suite's children must test the current sources, never a stale or half-rebuilt dist/.
 * So the suite compiles the library, the rules and the runner (src/ablation/) with tsc into a private
 * cache directory (node_modules/.cache/ringfence-escapes, see tsconfig.runner.json) and starts its
 * children from there (src/ablation/pool.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Runner } from "../../src/ablation/pool.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, "../..");
export const CORPUS_DIR = join(here, "corpus");
const TSCONFIG = join(here, "tsconfig.runner.json");
const CHILD = join(ROOT, "node_modules/.cache/ringfence-escapes/src/ablation/child.js");

export const RUNNER: Runner = { child: CHILD, corpus: CORPUS_DIR };

/** Compiles what the children run (incremental: a second build takes a couple of seconds). */
export function buildRunner(): void {
  const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  const built = spawnSync(process.execPath, [tsc, "-p", TSCONFIG], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`building the escape runner failed:\n${built.stdout}${built.stderr}`);
  if (!existsSync(CHILD)) throw new Error(`the escape runner was not built at ${CHILD}`);
}
