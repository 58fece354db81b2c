/**
 * Why: one rule at a time, through the production pipeline, in ESLint's RuleTester style. Each case
 * becomes its own vitest `it`, parsed by the real `parse()`, scoped by the real `analyzeScope()` and
 * checked by the real `validate()` with only the rule under test enabled - so a test pins what users
 * see (rule id, message id, 1-based positions), not what a helper thinks the rule does.
 *
 * Besides the cases themselves the tester checks what ESLint's does: the rule must not mutate the AST
 * (deep-compared with a structuredClone taken before the rule ran), no case may appear twice, and
 * every messageId the rule declares must be produced by at least one invalid case.
 *
 * Sources that are not strict-mode code (`with`, legacy octals) are checked against the sloppy AST,
 * exactly as the sandbox does when it explains a syntax error; such a case must say `sloppy: true`,
 * so a near-miss that the sandbox would reject as a syntax error cannot pass silently as "valid".
 * A case marked `knownBug` states the correct behaviour and runs as `it.fails` until the rule is fixed;
 * a sibling test checks the case itself is well-formed, since it.fails would swallow a broken case.
 * When the rule is fixed, the it.fails turns red: drop the `knownBug` field then.
 */
import type { Program } from "acorn";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { parse, type HtmlComment, type ParseMode } from "../../src/parse.js";
import { ASYNC_ONLY_BUILTINS, BUILTIN_PRESETS } from "../../src/realm/permits.js";
import type { Policy, Rule } from "../../src/validate/rule.js";
import { analyzeScope, type ScopeInfo } from "../../src/validate/scope.js";
import { validate } from "../../src/validate/validate.js";
import { UnknownNodeError } from "../../src/validate/walk.js";

const MAX_SOURCE_LENGTH = 1_000_000;

export interface ValidCase {
  /** The guest source. With `ast`, a label for the synthetic tree instead. */
  readonly code: string;
  /** Parse goal; default "script". */
  readonly mode?: ParseMode;
  /** Asynchronous evaluation (top-level await, async functions, Promise); default false. */
  readonly async?: boolean;
  /** Free names the policy permits; default: the standard builtins (BUILTIN_PRESETS.standard). */
  readonly permitted?: readonly string[];
  /** The source is not strict-mode code; the sloppy AST is validated, as the sandbox does. */
  readonly sloppy?: boolean;
  /** Module specifiers the policy lists (module mode); default: the tester's, else none. */
  readonly modules?: readonly string[];
  /** The rule gets this wrong today: why. The case states the correct behaviour and runs as it.fails. */
  readonly knownBug?: string;
  /** A hand-built tree, for node types or forms acorn cannot produce at the pinned ecmaVersion. */
  readonly ast?: () => Program;
}

export interface ExpectedError<M extends string = string> {
  readonly messageId: M;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The rendered message, when the data interpolated into it matters. */
  readonly message?: string;
}

export interface InvalidCase<M extends string = string> extends ValidCase {
  readonly errors: readonly ExpectedError<M>[];
}

export interface RuleTests<M extends string> {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase<M>[];
}

export interface RuleTesterConfig {
  readonly mode?: ParseMode;
  readonly permitted?: readonly string[];
  readonly modules?: readonly string[];
}

interface Outcome {
  readonly diagnostics: Diagnostic[];
}

export class RuleTester {
  constructor(private readonly config: RuleTesterConfig = {}) {}

  run<M extends string>(ruleId: string, rule: Rule<M>, tests: RuleTests<M>): void {
    const valid = tests.valid.map((c): ValidCase => (typeof c === "string" ? { code: c } : c));
    const invalid = tests.invalid;
    describe(ruleId, () => {
      describe("valid", () => {
        for (const c of valid) {
          if (c.knownBug) this.wellFormed(c, rule);
          (c.knownBug ? it.fails : it)(title(c), () => {
            const { diagnostics } = this.check(ruleId, rule, c);
            expect(diagnostics, `expected no reports, got:\n${format(diagnostics)}`).toEqual([]);
          });
        }
      });
      describe("invalid", () => {
        for (const c of invalid) {
          if (c.knownBug) this.wellFormed(c, rule);
          (c.knownBug ? it.fails : it)(title(c), () => {
            checkExpectations(c, rule);
            const { diagnostics } = this.check(ruleId, rule, c);
            expect(diagnostics, `expected ${c.errors.length} report(s), got:\n${format(diagnostics)}`).toHaveLength(c.errors.length);
            const actual = diagnostics.map((d, i) => pick(d, c.errors[i]!));
            const expected = c.errors.map((e) => ({ ruleId, ...e }));
            expect(actual).toEqual(expected);
          });
        }
      });
      it("has no duplicate cases", () => {
        const seen = new Map<string, number>();
        for (const c of [...valid, ...invalid]) {
          const key = caseKey(c, this.config);
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
      });
      it("produces every messageId of meta.messages in some invalid case", () => {
        const used = new Set(invalid.filter((c) => !c.knownBug).flatMap((c) => c.errors.map((e) => e.messageId)));
        expect(Object.keys(rule.meta.messages).filter((id) => !used.has(id as M))).toEqual([]);
      });
    });
  }

  /**
   * it.fails passes on any exception, so a known-bug case that is broken itself (does not parse,
   * names an undeclared messageId) would pass unnoticed; this sibling test makes sure it is not.
   */
  private wellFormed(c: ValidCase | InvalidCase, rule: Rule): void {
    it(`${title(c)} - the known-bug case itself is well-formed`, () => {
      if ("errors" in c) checkExpectations(c, rule);
      if (!c.ast) this.parseCase(c, c.mode ?? this.config.mode ?? "script");
    });
  }

  private check(ruleId: string, rule: Rule, c: ValidCase): Outcome {
    const mode = c.mode ?? this.config.mode ?? "script";
    const { ast, scope, htmlComments } = c.ast ? synthetic(c.ast()) : this.parseCase(c, mode);
    const permitted = new Set(c.permitted ?? this.config.permitted ?? BUILTIN_PRESETS.standard);
    const async = c.async ?? false;
    const modules = new Set(c.modules ?? this.config.modules ?? []);
    const policy: Policy = { mode, async, modules, isPermittedGlobal: (name) => permitted.has(name) && (async || !ASYNC_ONLY_BUILTINS.has(name)) };
    const before = structuredClone(ast);
    const diagnostics = validate({ ast, scope, htmlComments, policy }, { [ruleId]: rule });
    let after: Program;
    try {
      after = structuredClone(ast);
    } catch (error) {
      throw new Error(`the rule left an uncloneable value in the AST: ${String(error)}`);
    }
    expect(after, "the rule must not mutate the AST").toStrictEqual(before);
    return { diagnostics };
  }

  private parseCase(c: ValidCase, mode: ParseMode): { ast: Program; scope: ScopeInfo; htmlComments: readonly HtmlComment[] } {
    const parsed = parse(c.code, mode, MAX_SOURCE_LENGTH, Infinity, c.async ?? false);
    if (!parsed.ast) throw new Error(`the case does not parse in ${mode} mode: ${parsed.syntaxError?.message ?? "no AST"}`);
    const strict = parsed.syntaxError === undefined;
    if (!strict && !c.sloppy) throw new Error(`the case is not strict-mode code (${parsed.syntaxError!.message}); mark it sloppy: true if that is the point`);
    if (strict && c.sloppy) throw new Error("the case is marked sloppy but parses as strict-mode code");
    return { ast: parsed.ast, scope: analyzeScope(parsed.ast), htmlComments: parsed.htmlComments };
  }
}

function checkExpectations(c: InvalidCase, rule: Rule): void {
  expect(c.errors.length, "an invalid case must expect at least one error").toBeGreaterThan(0);
  for (const e of c.errors) expect(Object.keys(rule.meta.messages), "expected messageId is declared by the rule").toContain(e.messageId);
}

/**
 * A hand-built tree. The production scope analysis refuses unknown node types by throwing (fail
 * closed), so for such trees the scope is empty; validate() is what must turn them into a diagnostic.
 */
function synthetic(ast: Program): { ast: Program; scope: ScopeInfo; htmlComments: readonly HtmlComment[] } {
  let scope: ScopeInfo;
  try {
    scope = analyzeScope(ast);
  } catch (error) {
    if (!(error instanceof UnknownNodeError)) throw error;
    scope = { free: new Map() };
  }
  return { ast, scope, htmlComments: [] };
}

function pick(d: Diagnostic, e: ExpectedError): Record<string, unknown> {
  return {
    ruleId: d.ruleId, messageId: d.messageId, line: d.line, column: d.column,
    ...(e.endLine !== undefined ? { endLine: d.endLine } : {}),
    ...(e.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
    ...(e.message !== undefined ? { message: d.message } : {}),
  };
}

function format(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `  ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}/${d.messageId} ${d.message}`).join("\n") || "  (none)";
}

function caseKey(c: ValidCase, config: RuleTesterConfig): string {
  return JSON.stringify([c.code, c.mode ?? config.mode ?? "script", c.permitted ?? config.permitted ?? null, c.modules ?? config.modules ?? null, c.ast ? "synthetic" : "parsed"]);
}

function title(c: ValidCase): string {
  const code = JSON.stringify(c.code);
  const tags = [
    c.mode && c.mode !== "script" ? c.mode : "",
    c.sloppy ? "sloppy" : "",
    c.ast ? "synthetic AST" : "",
    c.permitted ? `permitted: ${c.permitted.join(", ") || "none"}` : "",
    c.knownBug ? `KNOWN BUG: ${c.knownBug}` : "",
  ].filter(Boolean);
  return `${code.length > 120 ? `${code.slice(0, 117)}..."` : code}${tags.length ? ` [${tags.join("; ")}]` : ""}`;
}
