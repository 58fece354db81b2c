/**
 * Why: the CLI's argument grammar in one place, strict like the library's options: an unknown flag or
 * a missing value is a usage error with a short message, never a stack trace.
 */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly command: string;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

/** Flags that take a value; every other known flag is a switch. */
const VALUE_FLAGS = new Set(["--input", "--inputs", "--format", "--mode", "--builtins", "--steps", "--timeout", "--memory", "--layers-off", "--level", "--allow-module"]);
const SWITCHES = new Set(["--json", "--help", "--what-if", "--async", "--worker", "--module"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first = "help", ...rest] = argv;
  const command = first === "--help" || first === "-h" ? "help" : first;
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith("--")) { positional.push(arg); continue; }
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (SWITCHES.has(name)) { flags.set(name, ["true"]); continue; }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option ${name}`);
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { command, positional, flags };
}

export const USAGE = `usage: ringfence <command> [options]

commands:
  eval <code>        evaluate code and print its result
  run <file>         evaluate a file and print its result
  check <file>       report every diagnostic without running (exit 1 on violations)
  explain <file|code>  run it and say what stopped it, where, and by which layer
                     (--what-if: rerun it without that layer, in a child process, and say what got out)
  escapes [--json] [--write]  run the escape corpus under 14 layer configurations (docs/ablation.md)
  dojo <file> --level N  run an escape attempt against tutorial level N (0-6): exit 0 held, 3 escaped
  help               show this message

options:
  --input name=json  an input value (repeatable)          --inputs file.json  inputs from a JSON object
  --mode expression|script (default script)               --builtins expression|standard
  --steps N          step budget                          --timeout MS        time budget
  --layers-off a,b   switch layers off (teaching only)    --json              print data as JSON
  --async            eval/run/check as an asynchronous program (top-level await, Promise)
  --worker           eval/run in a worker thread (hard limits; implies --async)   --memory MB  its heap limit
  --format text|json|sarif  output format of check
  --module           eval/run/check as a module: its exports are the result
  --allow-module name=file  let the module import "name" (repeatable): file.json is a host value
                     (its object's properties are the exports), file.js or file.mjs is guest source`;
