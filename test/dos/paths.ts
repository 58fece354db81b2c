/**
 * Why: the corpus and the compiled child, found from this file's location. The child is the one the
 * suite's global setup has just built into dist/ (test/_harness/build-dist.ts), so it is never stale.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, "corpus");
export const CHILD = join(resolve(here, "../.."), "dist/src/dos/child.js");
