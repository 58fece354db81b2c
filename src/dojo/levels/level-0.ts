/**
 * Why: dojo level 0 - no sandbox at all, the baseline every later level is measured against. The
 * attempt runs as a script in the host's global scope, so every host name (`process`, `globalThis`,
 * `Function`) is simply there. Teaching code: run it only through the dojo runner (src/dojo/runner.ts).
 */
export function run(source: string): unknown {
  const globalEval = eval; // called under another name, eval is "indirect": global scope, sloppy mode
  return globalEval(source);
}
