/**
 * Why: one walk for all rules (ESLint's linter): each rule's visitors are merged into one dispatch
 * table, every diagnostic is collected (never just the first), and a node type nobody reviewed becomes
 * a diagnostic of rules/no-unreviewed-syntax rather than being skipped. Rules are created once per
 * validator, not once per program: their context reads the program being validated from a slot that
 * each call fills, so validating a one-line formula costs one walk, not thirteen rule set-ups.
 */
import type { AnyNode, Program } from "acorn";
import type { Diagnostic } from "../diagnostic.js";
import type { HtmlComment } from "../parse.js";
import type { Policy, ReportDescriptor, Rule, RuleContext } from "./rule.js";
import type { ScopeInfo } from "./scope.js";
import { UnknownNodeError, walk } from "./walk.js";

type Visitor = (node: AnyNode, parent: AnyNode | undefined) => void;

export interface ValidationInput {
  readonly ast: Program;
  readonly scope: ScopeInfo;
  readonly htmlComments: readonly HtmlComment[];
  readonly policy: Policy;
}

export type Validator = (input: ValidationInput) => Diagnostic[];

export function createValidator(rules: Readonly<Record<string, Rule>>): Validator {
  let input: ValidationInput | undefined;
  let diagnostics: Diagnostic[] = [];
  const visitors = new Map<string, Visitor[]>();
  for (const [ruleId, rule] of Object.entries(rules)) {
    const context: RuleContext<string> = {
      get policy() { return input!.policy; },
      get scope() { return input!.scope; },
      get htmlComments() { return input!.htmlComments; },
      report: (d) => diagnostics.push(toDiagnostic(ruleId, rule, d)),
    };
    for (const [type, visitor] of Object.entries(rule.create(context))) {
      const list = visitors.get(type) ?? [];
      list.push(visitor as Visitor);
      visitors.set(type, list);
    }
  }
  const none: Visitor[] = [];
  const enter = (node: AnyNode, parent: AnyNode | undefined) => {
    for (const visit of visitors.get(node.type) ?? none) visit(node, parent);
  };
  return (current) => {
    input = current;
    diagnostics = [];
    try {
      try {
        walk(current.ast, { enter });
      } catch (error) {
        if (!(error instanceof UnknownNodeError)) throw error;
        diagnostics.push(unknownNodeDiagnostic(error.node));
      }
      for (const visit of visitors.get("Program:exit") ?? none) visit(current.ast, undefined);
      return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    } finally {
      input = undefined;
    }
  };
}

/** Validates one program with a fresh validator; for tests and one-off checks. */
export function validate(input: ValidationInput, rules: Readonly<Record<string, Rule>>): Diagnostic[] {
  return createValidator(rules)(input);
}

function toDiagnostic(ruleId: string, rule: Rule, d: ReportDescriptor<string>): Diagnostic {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${ruleId} reported unknown messageId ${d.messageId}`);
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => d.data?.[name] ?? `{{${name}}}`);
  const loc = d.node.loc!;
  const hint = rule.meta.hints?.[d.messageId];
  return {
    ruleId, messageId: d.messageId, message,
    line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1,
    ...(hint ? { hint } : {}),
  };
}

function unknownNodeDiagnostic(node: AnyNode): Diagnostic {
  const loc = node.loc ?? { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
  return {
    ruleId: "no-unreviewed-syntax", messageId: "unknownNode",
    message: `syntax ${JSON.stringify((node as { type: string }).type)} has not been reviewed for the sandbox and is refused`,
    line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1,
  };
}
