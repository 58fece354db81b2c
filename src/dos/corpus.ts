/**
 * Why: one reader for the DoS corpus (test/dos/corpus/NNNN-slug.js), used by the child that runs an
 * attempt and by the suite that judges it, so both agree on what a file asks for. A file is guest
 * source with a comment header:
 *
 *   // family:  cpu | async | memory | regex | leftovers
 *   // vector:  one line: what the attempt does
 *   // api:     evaluate | evaluateAsync
 *   // config:  Sandbox options as JSON: runIn and limits (limits.timeoutMs is required)
 *   // expect:  the outcome that counts as stopped; alternatives joined by ` or `:
 *   //            budget steps | budget time | budget memory   a SandboxBudgetError of that kind
 *   //            refused                                      a SandboxPolicyError (nothing ran)
 *   //            guest-error [Name]                           a SandboxGuestError (of that guest error name)
 *   //            value <JSON>                                 the run returned exactly this value
 *   //            sandbox-error CODE                           another SandboxError (SANDBOX_COPY ...)
 *   // hazard:  aborts-process                                 optional: crashed the host once
 *   // note:    free text                                      optional (required with alternatives)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FAMILIES = ["cpu", "async", "memory", "regex", "leftovers"] as const;
export type Family = (typeof FAMILIES)[number];
export type Api = "evaluate" | "evaluateAsync";
export type BudgetKind = "steps" | "time" | "memory";

export type Expected =
  | { readonly kind: "budget"; readonly budget: BudgetKind }
  | { readonly kind: "refused" }
  | { readonly kind: "guest-error"; readonly name?: string }
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "sandbox-error"; readonly code: string };

/** The part of SandboxOptions a DoS attempt may set. */
export interface DosConfig {
  readonly runIn?: "main-thread" | "worker";
  readonly limits: Readonly<Record<string, number>> & { readonly timeoutMs: number };
}

export interface DosAttempt {
  readonly name: string;
  readonly number: number;
  readonly family: Family | undefined;
  readonly vector: string;
  readonly api: Api | undefined;
  readonly config: DosConfig | undefined;
  /** Any one of these counts as stopped. */
  readonly expect: readonly Expected[];
  readonly hazard: string | undefined;
  readonly note: string | undefined;
  readonly source: string;
  /** Header problems (a well-formed file has none). */
  readonly problems: readonly string[];
}

const HEADERS = ["family", "vector", "api", "config", "expect", "hazard", "note"] as const;
const REQUIRED = ["family", "vector", "api", "config", "expect"] as const;
const FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.js$/;
const HEADER_LINE = /^\/\/\s*([a-z]+):\s*(.*?)\s*$/;
const CONFIG_KEYS = new Set(["runIn", "limits"]);

function parseExpected(text: string, problems: string[]): Expected | undefined {
  const [word = "", ...rest] = text.split(" ");
  const argument = rest.join(" ");
  if (word === "budget" && (argument === "steps" || argument === "time" || argument === "memory")) return { kind: "budget", budget: argument };
  if (word === "refused" && argument === "") return { kind: "refused" };
  if (word === "guest-error" && /^([A-Z][A-Za-z]*)?$/.test(argument)) return argument ? { kind: "guest-error", name: argument } : { kind: "guest-error" };
  if (word === "sandbox-error" && /^SANDBOX_[A-Z]+$/.test(argument)) return { kind: "sandbox-error", code: argument };
  if (word === "value") {
    try {
      return { kind: "value", value: JSON.parse(argument) as unknown };
    } catch {
      problems.push(`expect: value needs a JSON value, got ${JSON.stringify(argument)}`);
      return undefined;
    }
  }
  problems.push(`expect: ${JSON.stringify(text)} is not budget steps|time|memory, refused, guest-error [Name], value <JSON> or sandbox-error CODE`);
  return undefined;
}

function parseConfig(text: string, problems: string[]): DosConfig | undefined {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    problems.push(`config: not JSON: ${text}`);
    return undefined;
  }
  if (typeof config !== "object" || config === null || Array.isArray(config)) return void problems.push("config: must be a JSON object");
  for (const key of Object.keys(config)) if (!CONFIG_KEYS.has(key)) problems.push(`config: unknown key ${JSON.stringify(key)} (runIn, limits)`);
  const { runIn, limits } = config as { runIn?: unknown; limits?: unknown };
  if (runIn !== undefined && runIn !== "main-thread" && runIn !== "worker") problems.push(`config: runIn must be "main-thread" or "worker"`);
  if (typeof limits !== "object" || limits === null) return void problems.push("config: limits must be an object with timeoutMs");
  for (const [name, value] of Object.entries(limits)) if (typeof value !== "number") problems.push(`config: limits.${name} must be a number`);
  const timeoutMs = (limits as { timeoutMs?: unknown }).timeoutMs;
  if (typeof timeoutMs !== "number") problems.push("config: limits.timeoutMs is required (it bounds every attempt's elapsed time)");
  return config as DosConfig;
}

export function parseDosFile(name: string, text: string): DosAttempt {
  const problems: string[] = [];
  const match = FILE_NAME.exec(name);
  if (!match) problems.push(`file name ${JSON.stringify(name)} is not NNNN-slug.js`);
  const lines = text.split("\n");
  const firstCode = lines.findIndex((line) => !HEADER_LINE.test(line));
  const bodyStart = firstCode === -1 ? lines.length : firstCode;
  const headers: Record<string, string> = {};
  for (const [, key, value] of lines.slice(0, bodyStart).map((line) => HEADER_LINE.exec(line) as unknown as [string, string, string])) {
    if (!(HEADERS as readonly string[]).includes(key)) problems.push(`unknown header ${JSON.stringify(key)}`);
    if (Object.hasOwn(headers, key)) problems.push(`header ${key} appears twice`);
    headers[key] = value;
  }
  for (const key of REQUIRED) if (!headers[key]) problems.push(`missing header ${key}`);
  const family = headers.family;
  if (family !== undefined && !(FAMILIES as readonly string[]).includes(family)) problems.push(`family must be one of ${FAMILIES.join(", ")}`);
  const api = headers.api;
  if (api !== undefined && api !== "evaluate" && api !== "evaluateAsync") problems.push("api must be evaluate or evaluateAsync");
  const config = headers.config === undefined ? undefined : parseConfig(headers.config, problems);
  if (config?.runIn === "worker" && api === "evaluate") problems.push("a worker sandbox has evaluateAsync only");
  const expect = (headers.expect ?? "").split(" or ").filter((t) => t.length > 0).map((t) => parseExpected(t, problems)).filter((e) => e !== undefined);
  if (expect.length > 1 && !headers.note) problems.push("alternatives in expect: need a note: saying why");
  if (headers.hazard !== undefined && headers.hazard !== "aborts-process") problems.push(`unknown hazard ${JSON.stringify(headers.hazard)}`);
  const source = lines.slice(bodyStart).join("\n");
  if (source.trim().length === 0) problems.push("empty program body");
  return {
    name,
    number: match ? Number(match[1]) : NaN,
    family: family as Family | undefined,
    vector: headers.vector ?? "",
    api: api as Api | undefined,
    config,
    expect,
    hazard: headers.hazard,
    note: headers.note,
    source,
    problems,
  };
}

export function readDosCorpus(dir: string): DosAttempt[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => parseDosFile(name, readFileSync(join(dir, name), "utf8")));
}
