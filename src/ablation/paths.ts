/**
 * Why: `ringfence escapes` runs from dist/ (dist/src/ablation/) and reads the corpus from the package's
 * own checkout (test/escapes/corpus/), which the published package does not ship. Both are found from
 * this module's location, never from the current directory, and a missing one is a clear error
 * instead of a stack trace.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A missing file or directory the command needs: printed as a message, not as a crash. */
export class SetupError extends Error {}

const here = dirname(fileURLToPath(import.meta.url));

/** The nearest directory at or above `from` whose package.json is ringfence's. */
export function packageRoot(from = here): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "ringfence") return dir;
    if (dirname(dir) === dir) throw new SetupError(`cannot find ringfence's package.json above ${from}`);
  }
}

export function corpusDir(root: string): string {
  const dir = join(root, "test/escapes/corpus");
  if (!existsSync(dir)) throw new SetupError(`no escape corpus at ${dir}: the corpus ships with the source repository, not the npm package; run this from a clone`);
  return dir;
}

export function documentPath(root: string): string {
  return join(root, "docs/ablation.md");
}

/** The compiled child runner next to this module (dist/src/ablation/child.js). */
export function builtChild(): string {
  const child = join(here, "child.js");
  if (!existsSync(child)) throw new SetupError(`no compiled child runner at ${child}: run \`npm run build\` first`);
  return child;
}
