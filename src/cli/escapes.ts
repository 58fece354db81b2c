/**
 * Why: `ringfence escapes` - the ablation matrix from a terminal. It runs the escape corpus under every
 * configuration of src/ablation/configurations.ts, each in a child process (a weakened sandbox can be
 * escaped for real, and must not take this process with it), and prints the matrix as text, or as
 * JSON with `--json`; `--write` also regenerates the lower half of docs/ablation.md. It exits 1 when
 * the full sandbox let an attempt through, 2 on bad usage or a missing corpus or build.
 */
import { realpathSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCorpus } from "../ablation/corpus.js";
import { ALL_ON, CONFIGURATIONS } from "../ablation/configurations.js";
import { handWritten, readDocument, splice } from "../ablation/document.js";
import { runMatrix } from "../ablation/matrix.js";
import { SetupError, builtChild, corpusDir, documentPath, packageRoot } from "../ablation/paths.js";
import { renderMarkdown } from "../ablation/render-markdown.js";
import { renderText } from "../ablation/render-text.js";

const ESCAPES_USAGE = `usage: ringfence escapes [--json] [--write]

Runs the escape corpus (test/escapes/corpus/) with all layers on, each layer alone, each layer left
out, and all off - each configuration in its own child process - and prints families x configurations.
  --json   print the data (per file and per family) as JSON
  --write  also regenerate docs/ablation.md below its marker line`;

export async function escapesCommand(argv: readonly string[]): Promise<number> {
  let flags: { json?: boolean; write?: boolean; help?: boolean };
  try {
    flags = parseArgs({ args: [...argv], options: { json: { type: "boolean" }, write: { type: "boolean" }, help: { type: "boolean" } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    process.stderr.write(`ringfence escapes: ${(error as Error).message}\n\n${ESCAPES_USAGE}\n`);
    return 2;
  }
  if (flags.help) { process.stdout.write(`${ESCAPES_USAGE}\n`); return 0; }
  try {
    const root = packageRoot();
    const dir = corpusDir(root);
    const corpus = readCorpus(dir);
    const child = builtChild();
    const path = documentPath(root);
    // Read (and check for its marker) before the long run, not after it.
    const prose = flags.write ? handWritten(readDocument(path)) : undefined;
    process.stderr.write(`running ${corpus.length} attempts under ${CONFIGURATIONS.length} configurations, each in a child process ...\n`);
    const matrix = await runMatrix({ child, corpus: dir }, corpus);
    if (prose !== undefined) {
      writeFileSync(path, splice(prose, renderMarkdown(matrix)));
      process.stderr.write(`wrote ${relative(process.cwd(), path) || path}\n`);
    }
    process.stdout.write(`${flags.json ? JSON.stringify(matrix, null, 2) : renderText(matrix)}\n`);
    return matrix.files.every((f) => f.results[ALL_ON.name]!.blocked) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    process.stderr.write(`ringfence escapes: ${error.message}\n`);
    return 2;
  }
}

// Run directly (`node dist/src/cli/escapes.js`) as well as through `ringfence escapes`.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await escapesCommand(process.argv.slice(2));
}
