/**
 * Why: the dojo's runner starts the built child (dist/src/dojo/child.js) next to itself, so the tests use
 * the built runner and CLI module too - dist/ is built by the suite's globalSetup before any test runs.
 * Types come from the sources, so type-checking does not need dist/.
 */
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function built<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(`${ROOT}dist/${path}`).href)) as T;
}

export const runner = await built<typeof import("../../src/dojo/runner.js")>("src/dojo/runner.js");
export const cli = await built<typeof import("../../src/cli/dojo.js")>("src/cli/dojo.js");
export const args = await built<typeof import("../../src/cli/args.js")>("src/cli/args.js");
