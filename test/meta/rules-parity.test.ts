/**
 * Why: the rules are only as good as the bookkeeping around them. Each file in rules/ must be in the
 * registry under its own name (sorted, nothing missing, nothing extra), have its own test file and a
 * section in docs/rules.md, and carry complete metadata. And the validator fails closed only if the
 * walker knows every node type acorn can produce at the pinned ecmaVersion: a kitchen-sink program
 * using every ES2024 construct must yield no node type, and no child key, missing from VISITOR_KEYS.
 */
import * as acorn from "acorn";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { ECMA_VERSION, parse, type ParseMode } from "../../src/parse.js";
import type { RuleCategory } from "../../src/validate/rule.js";
import { VISITOR_KEYS } from "../../src/validate/visitor-keys.js";

const root = new URL("../../", import.meta.url);
const ruleFiles = readdirSync(new URL("rules/", root)).filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "_utils.ts");
const ruleIdsFromFiles = ruleFiles.map((f) => f.replace(/\.ts$/, "")).sort();
const registryIds = Object.keys(rules);
const CATEGORIES: readonly RuleCategory[] = ["escape", "capability", "resource", "unreviewed"];

/** `## <id>` sections of docs/rules.md, each with its text up to the next `## `. */
function docSections(): Map<string, string> {
  const text = readFileSync(new URL("docs/rules.md", root), "utf8");
  const sections = new Map<string, string>();
  const parts = text.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf("\n");
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return sections;
}

describe("the rule registry", () => {
  it("holds every rules/*.ts file under its file name, and nothing else", () => {
    expect([...registryIds].sort()).toEqual(ruleIdsFromFiles);
  });

  it("is sorted by key", () => {
    expect(registryIds).toEqual([...registryIds].sort());
  });

  it.each(ruleIdsFromFiles)("rules/%s.ts default-exports the registered rule", async (id) => {
    const module = (await import(new URL(`rules/${id}.js`, root).href)) as { default: unknown };
    expect(module.default).toBe(rules[id]);
  });
});

describe("each rule", () => {
  const sections = docSections();

  it.each(registryIds)("%s has a test file test/rules/<id>.test.ts", (id) => {
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, root))).toBe(true);
  });

  it.each(registryIds)("%s has a section in docs/rules.md naming its description, category and runtime twin", (id) => {
    const section = sections.get(id);
    expect(section, `## ${id} in docs/rules.md`).toBeDefined();
    const { meta } = rules[id]!;
    expect(section).toContain(meta.docs.description);
    expect(section).toContain(`**Category:** ${meta.category}`);
    expect(section).toMatch(/\*\*Runtime twin:\*\*/);
    expect(section).toMatch(/\*\*Incorrect\*\*/);
    expect(section).toMatch(/\*\*Correct\*\*/);
    expect(section).toMatch(/\*\*Known limitations/);
  });

  it.each(registryIds)("%s has complete metadata", (id) => {
    const { meta } = rules[id]!;
    expect(meta.docs.description).toMatch(/^Disallow /);
    expect(meta.docs.rationale.trim()).not.toBe("");
    if (meta.docs.runtimeTwin !== undefined) expect(meta.docs.runtimeTwin.trim()).not.toBe("");
    expect(CATEGORIES).toContain(meta.category);
    const messages = Object.entries(meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, message] of messages) expect(String(message).trim(), `message ${messageId}`).not.toBe("");
    for (const hinted of Object.keys(meta.hints ?? {})) expect(Object.keys(meta.messages), `hint ${hinted} names a message`).toContain(hinted);
  });

  it("has no docs section or test file without a rule", () => {
    expect([...sections.keys()].filter((id) => !(id in rules))).toEqual([]);
    const testFiles = readdirSync(new URL("test/rules/", root)).filter((f) => f.endsWith(".test.ts")).map((f) => f.replace(/\.test\.ts$/, ""));
    expect(testFiles.filter((id) => !(id in rules))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Every node type acorn can produce is reviewed.

/** A strict script using every ES2024 construct a script may contain. */
const SCRIPT_SINK = String.raw`
"use strict";
var v1 = 1, v2;
let l1 = 2;
const c1 = 3;
function fd(p1, p2 = 1, ...rest) { return arguments.length + p1 + p2 + rest.length; }
function* gen() { yield 1; yield* [2]; }
async function af() { await null; for await (const x of []) {} }
async function* agen() { yield await 1; }
const fe = function named() { return new.target; };
const ae = (x) => x * 2;
const ae2 = async (x) => { await x; };
class Base { constructor() { this.x = 1; } }
class K extends Base {
  #priv = 1;
  static sfield = 2;
  field;
  static { this.s = 1; }
  constructor() { super(); }
  get g() { return this.#priv; }
  set g(v) { this.#priv = v; }
  static m(o) { return #priv in o; }
  #pm() { return super.x; }
  [Symbol.iterator]() {}
  async am() {}
  *gm() {}
  static async *sagm() {}
}
const ce = class {};
const obj = { a: 1, "b": 2, [c1]: 3, 4: 4, d() {}, get e() { return 1; }, set e(v) {}, ...{ f: 1 }, l1, async g() {}, *h() {} };
const arr = [1, , ...[2, 3]];
const { a, b: bb = 2, ...others } = obj;
const [x0, , x2 = 3, ...xs] = arr;
let asg;
asg = 1; asg += 1; asg -= 1; asg **= 2; asg ||= 1; asg &&= 2; asg ??= 3; asg >>>= 1;
({ a: asg, ...asg } = obj); [asg, ...asg] = arr;
asg = a ? 1 : 2;
asg = (a && bb || c1) ?? 0;
asg = typeof a + void 0 + -a + +a + !a + ~a + (a << 1) + (a >> 1) + (a >>> 1) + (a % 2) + (a ** 2);
asg = a == 1 || a != 1 || a === 1 || a !== 1 || a < 1 || a <= 1 || a > 1 || a >= 1 || (a & 1) || (a | 1) || (a ^ 1);
delete obj.a;
asg++; --asg;
asg = (1, 2);
asg = obj?.a?.[0]?.(1);
asg = ${"`"}t${"${a}"}u${"${bb}"}${"`"};
asg = String.raw${"`"}x${"${a}"}\n${"`"};
asg = /re/gu.test("x") && /(?<n>a)\k<n>(?<=a)/v && /[\p{L}--[a-z]]/v;
asg = 10n ** 2n + 1_000 + 0x1f + 0o7 + 0b1 + 1e3 + .5;
asg = "\u{1F600}" + '\x41' + null + true;
asg = new Base();
asg = new Base;
asg = a instanceof Base;
asg = "a" in obj;
asg = fd(...arr);
if (a) {} else if (bb) {} else {}
for (let i = 0; i < 1; i++) { continue; }
for (const k in obj) { break; }
for (const v of arr) {}
for (asg of arr) {}
for (asg in obj) {}
for (;;) { break; }
while (false) {}
do {} while (false);
lab: for (;;) { break lab; }
outer: for (;;) { for (;;) { continue outer; } }
switch (a) { case 1: break; default: }
try { throw new Error("x"); } catch ({ message }) {} finally {}
try {} catch {}
;
debugger;
{ let block = 1; function inBlock() {} }
const im = import("x");
const \u0061bc = 1;
`;

/** A module using every ES2024 construct only a module may contain. */
const MODULE_SINK = String.raw`
import def, { named, other as renamed, "string name" as sn } from "m";
import * as ns from "n";
import "side";
export const ex = 1;
export function ef() {}
export class EC {}
export default function () {}
export { named as exported, renamed, sn as "exported string" };
export * from "all";
export * as nsx from "all2";
export { "string name" as "other string" } from "m2";
await import.meta.url;
for await (const x of []) {}
`;

/** What only the sloppy grammar or non-production options produce; still all reviewed. */
const SLOPPY_SINK = "with (o) { x; }\nvar n = 010;";
const PARENS_SINK = "(a);\n((b, c));";
/** Syntax past ES2024 that acorn already knows: import attributes, `using`. */
const LATER_SINK = 'import j from "./a.json" with { type: "json" };\nimport("x", { with: { type: "json" } });\n{ using u = null; }\nasync function f() { await using v = null; }';

interface Seen {
  readonly types: Set<string>;
  /** "Type.key" for every property holding a node or nodes that VISITOR_KEYS does not list. */
  readonly unlistedChildKeys: Set<string>;
}

function isNode(value: unknown): value is { type: string } {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** Every node reachable through any property (not only VISITOR_KEYS), so nothing can hide. */
function collect(ast: acorn.Node): Seen {
  const seen: Seen = { types: new Set(), unlistedChildKeys: new Set() };
  const visit = (node: { type: string }) => {
    seen.types.add(node.type);
    const listed: readonly string[] = (VISITOR_KEYS as Record<string, readonly string[]>)[node.type] ?? [];
    for (const [key, value] of Object.entries(node)) {
      if (key === "loc") continue;
      const children = (Array.isArray(value) ? value : [value]).filter(isNode);
      if (children.length === 0) continue;
      if (!listed.includes(key)) seen.unlistedChildKeys.add(`${node.type}.${key}`);
      for (const child of children) visit(child);
    }
  };
  visit(ast as unknown as { type: string });
  return seen;
}

function productionAst(source: string, mode: ParseMode, strict = true): acorn.Program {
  const parsed = parse(source, mode, 1_000_000);
  expect(parsed.ast, parsed.syntaxError?.message).toBeDefined();
  expect(parsed.syntaxError === undefined, parsed.syntaxError?.message ?? "parsed strict").toBe(strict);
  return parsed.ast!;
}

function acornAst(source: string, options: Partial<acorn.Options>): acorn.Program {
  return acorn.parse(source, { ecmaVersion: ECMA_VERSION, sourceType: "script", locations: true, ...options } as acorn.Options);
}

describe("VISITOR_KEYS covers everything acorn produces", () => {
  const cases: [string, () => acorn.Program][] = [
    ["the ES2024 script kitchen sink (production parse)", () => productionAst(SCRIPT_SINK, "script")],
    ["the ES2024 module kitchen sink (production parse)", () => productionAst(MODULE_SINK, "module")],
    ["an expression (production parse)", () => productionAst("a ? (b, c) : d => d?.e ?? `${f}`", "expression")],
    ["sloppy-only syntax (production sloppy AST)", () => productionAst(SLOPPY_SINK, "script", false)],
    ["preserveParens (never used in production)", () => acornAst(PARENS_SINK, { preserveParens: true })],
    ["syntax past ES2024 (ecmaVersion latest)", () => acornAst(LATER_SINK, { ecmaVersion: "latest", sourceType: "module" })],
  ];

  it.each(cases)("%s: every node type and child key is listed", (_, build) => {
    const seen = collect(build());
    expect([...seen.types].filter((type) => !Object.hasOwn(VISITOR_KEYS, type))).toEqual([]);
    expect([...seen.unlistedChildKeys]).toEqual([]);
  });

  it("the sinks together exercise every entry of VISITOR_KEYS (so they are big enough to mean something)", () => {
    const all = new Set(cases.flatMap(([, build]) => [...collect(build()).types]));
    expect(Object.keys(VISITOR_KEYS).filter((type) => !all.has(type))).toEqual([]);
  });

  it("the production parser is pinned to ES2024", () => {
    expect(ECMA_VERSION).toBe(2024);
  });
});
