#!/usr/bin/env node
/**
 * Why: the `ringfence` command - try the sandbox from a terminal. It only translates arguments into the
 * public API and results into text or JSON; every guest problem arrives as a SandboxError and is printed
 * as such (exit 1), bad usage prints the usage (exit 2), and nothing prints a host stack trace.
 */
import { readFileSync } from "node:fs";
import { Sandbox, SandboxError, formatDiagnostic, type Diagnostic, type SandboxOptions } from "../index.js";
import { LAYERS } from "../options.js";
import { parseArgs, UsageError, USAGE, type ParsedArgs } from "./args.js";
import { toSarif } from "./sarif.js";
import { describeValue } from "./describe-value.js";
import { explainCommand } from "./explain.js";
import { escapesCommand } from "./escapes.js";
import { dojoCommand } from "./dojo.js";

async function main(argv: readonly string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.command === "help" || args.flags.has("--help")) return print(USAGE, 0);
    switch (args.command) {
      case "eval": return await evaluateCommand(args, one(args, "code"), "<eval>");
      case "run": { const file = one(args, "file"); return await evaluateCommand(args, readText(file), file); }
      case "check": return checkCommand(args, one(args, "file"));
      case "dojo": return dojoCommand(args);
      case "explain": return print(await explainCommand(new Sandbox(sandboxOptions(args)), one(args, "file or code"), readInputs(args), args.flags.has("--json"), args.flags.has("--what-if")), 0);
      default: throw new UsageError(`unknown command ${JSON.stringify(args.command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return print(`ringfence: ${error.message}\n\n${USAGE}`, 2, true);
    if (error instanceof SandboxError) return print(`ringfence: ${error.name} (${error.code}): ${error.message}`, 2, true);
    throw error;
  }
}

async function evaluateCommand(args: ParsedArgs, source: string, label: string): Promise<number> {
  const sandbox = new Sandbox(sandboxOptions(args));
  const json = args.flags.has("--json");
  const weakened = sandbox.weakened.length > 0 ? `WARNING: sandbox weakened, layers off: ${sandbox.weakened.join(", ")}` : "";
  if (weakened && !json) console.error(weakened);
  try {
    const inputs = readInputs(args);
    const value = args.flags.has("--async") || args.flags.has("--worker") ? await sandbox.evaluateAsync(source, inputs) : sandbox.evaluate(source, inputs);
    print(json ? JSON.stringify({ ok: true, value: describeValue(value), weakened: sandbox.weakened }) : String(describeValue(value, true)), 0);
    return 0;
  } catch (error) {
    if (!(error instanceof SandboxError)) throw error;
    if (json) return print(JSON.stringify({ ok: false, error: { name: error.name, code: error.code, message: error.message, ...details(error) }, weakened: sandbox.weakened }), 1);
    return print(`${label}: ${error.name} (${error.code})\n${error.message}`, 1, true);
  } finally {
    await sandbox.close();
  }
}

function checkCommand(args: ParsedArgs, file: string): number {
  const diagnostics = new Sandbox(sandboxOptions(args)).check(readText(file), { ...inputNames(args), async: args.flags.has("--async") });
  // A diagnostic in a guest module is located in that module's own file.
  const files = new Map(moduleFlags(args).map(({ name, file: moduleFile }) => [name, moduleFile]));
  const fileOf = (d: Diagnostic) => (d.module !== undefined ? files.get(d.module) ?? file : file);
  const format = args.flags.get("--format")?.[0] ?? (args.flags.has("--json") ? "json" : "text");
  if (format === "json") print(JSON.stringify(diagnostics, null, 2), 0);
  else if (format === "sarif") print(JSON.stringify(toSarif(fileOf, diagnostics), null, 2), 0);
  else if (format === "text") print(diagnostics.length === 0 ? `${file}: no problems` : diagnostics.map((d: Diagnostic) => `${fileOf(d)}:${formatDiagnostic(d)}`).join("\n"), 0);
  else throw new UsageError(`--format must be text, json or sarif`);
  return diagnostics.length === 0 ? 0 : 1;
}

function sandboxOptions(args: ParsedArgs): SandboxOptions {
  const flag = (name: string) => args.flags.get(name)?.[0];
  const limits: Record<string, number> = {};
  if (flag("--steps")) limits.steps = numberFlag("--steps", flag("--steps")!);
  if (flag("--timeout")) limits.timeoutMs = numberFlag("--timeout", flag("--timeout")!);
  if (flag("--memory")) limits.memoryMb = numberFlag("--memory", flag("--memory")!);
  const off = (flag("--layers-off") ?? "").split(",").filter(Boolean);
  for (const layer of off) if (!(LAYERS as readonly string[]).includes(layer)) throw new UsageError(`unknown layer ${layer}; layers: ${LAYERS.join(", ")}`);
  if (args.flags.has("--module") && flag("--mode")) throw new UsageError("--module and --mode cannot be combined");
  if (args.flags.has("--allow-module") && !args.flags.has("--module")) throw new UsageError("--allow-module needs --module");
  return {
    ...(flag("--mode") ? { mode: flag("--mode") as SandboxOptions["mode"] } : {}),
    ...(args.flags.has("--module") ? { mode: "module" as const, modules: allowedModules(args) } : {}),
    ...(args.flags.has("--worker") ? { runIn: "worker" as const } : {}),
    ...(flag("--builtins") ? { builtins: flag("--builtins") as SandboxOptions["builtins"] } : {}),
    limits,
    layers: Object.fromEntries(off.map((layer) => [layer, false])),
  };
}

/** --allow-module name=file: a .json file is a host namespace, a .js or .mjs file guest source. */
function allowedModules(args: ParsedArgs): NonNullable<SandboxOptions["modules"]> {
  const modules: Record<string, { namespace: Record<string, unknown> } | { source: string }> = {};
  for (const { name, file } of moduleFlags(args)) {
    if (file.endsWith(".js") || file.endsWith(".mjs")) modules[name] = { source: readText(file) };
    else if (file.endsWith(".json")) {
      const namespace = parseJson(readText(file), `--allow-module ${name}`);
      if (typeof namespace !== "object" || namespace === null || Array.isArray(namespace)) throw new UsageError(`--allow-module ${name}: ${file} must hold a JSON object (its properties are the exports)`);
      modules[name] = { namespace: namespace as Record<string, unknown> };
    } else throw new UsageError(`--allow-module ${name}: ${file} must be a .json, .js or .mjs file`);
  }
  return modules;
}

function moduleFlags(args: ParsedArgs): { readonly name: string; readonly file: string }[] {
  return (args.flags.get("--allow-module") ?? []).map((pair) => {
    const at = pair.indexOf("=");
    const [name, file] = [pair.slice(0, at), pair.slice(at + 1)];
    if (at <= 0 || !file) throw new UsageError(`--allow-module takes name=file, got ${JSON.stringify(pair)}`);
    return { name, file };
  });
}

function readInputs(args: ParsedArgs): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const file of args.flags.get("--inputs") ?? []) {
    const data = parseJson(readText(file), `--inputs ${file}`);
    if (typeof data !== "object" || data === null || Array.isArray(data)) throw new UsageError(`--inputs ${file} must hold a JSON object`);
    Object.assign(inputs, data);
  }
  for (const pair of args.flags.get("--input") ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--input takes name=json, got ${JSON.stringify(pair)}`);
    inputs[pair.slice(0, at)] = parseJson(pair.slice(at + 1), `--input ${pair.slice(0, at)}`);
  }
  return inputs;
}

function inputNames(args: ParsedArgs): { inputs?: string[] } {
  return args.flags.has("--input") || args.flags.has("--inputs") ? { inputs: Object.keys(readInputs(args)) } : {};
}

function details(error: SandboxError): Record<string, unknown> {
  const e = error as SandboxError & { diagnostics?: unknown; location?: unknown; budget?: unknown; key?: unknown; path?: unknown };
  return Object.fromEntries(Object.entries({ diagnostics: e.diagnostics, location: e.location, budget: e.budget, key: e.key, path: e.path }).filter(([, v]) => v !== undefined));
}

function one(args: ParsedArgs, what: string): string {
  if (args.positional.length !== 1) throw new UsageError(`${args.command} takes exactly one ${what}`);
  return args.positional[0]!;
}

function readText(file: string): string {
  try { return readFileSync(file, "utf8"); } catch (error) { throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`); }
}

function parseJson(text: string, what: string): unknown {
  try { return JSON.parse(text); } catch { throw new UsageError(`${what}: not valid JSON`); }
}

function numberFlag(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} takes a positive number`);
  return n;
}

function print(text: string, code: number, toStderr = false): number {
  (toStderr ? process.stderr : process.stdout).write(`${text}\n`);
  return code;
}

const argv = process.argv.slice(2);
// `escapes` reads its own flags (src/cli/escapes.ts).
process.exitCode = argv[0] === "escapes" ? await escapesCommand(argv.slice(1)) : await main(argv);
