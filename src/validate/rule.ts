/**
 * Why: the contract every file in rules/ implements - ESLint's shape: `meta` (category, docs with a
 * rationale and the runtime twin, messages) and `create(context)` returning node visitors. Rules see
 * the policy and the scope analysis, never the options; configuration is attack surface.
 */
import type { AnyNode } from "acorn";
import type { HtmlComment } from "../parse.js";
import type { NodeOf, NodeType } from "./visitor-keys.js";
import type { ScopeInfo } from "./scope.js";

export type RuleCategory = "escape" | "capability" | "resource" | "unreviewed";

export interface RuleMeta<M extends string> {
  readonly category: RuleCategory;
  readonly docs: {
    /** Imperative, one line: "Disallow `with` statements". */
    readonly description: string;
    /** The threat, in a few sentences. */
    readonly rationale: string;
    /** Where the dynamic form is stopped at run time, when a static check cannot see it. */
    readonly runtimeTwin?: string;
  };
  /** Message templates; `{{name}}` is replaced from the report's data. */
  readonly messages: Readonly<Record<M, string>>;
  /** Optional hints per message id, shown after the message. */
  readonly hints?: Readonly<Partial<Record<M, string>>>;
}

export interface Policy {
  readonly mode: "expression" | "script" | "module";
  /** Asynchronous evaluation (evaluateAsync): async functions, `await` and Promise are allowed. */
  readonly async: boolean;
  /** Is this free name something the guest may refer to? */
  isPermittedGlobal(name: string): boolean;
  /** Module mode: the specifiers the program may import (none when absent). */
  readonly modules?: ReadonlySet<string>;
}

export interface ReportDescriptor<M extends string> {
  readonly node: AnyNode | { readonly loc?: AnyNode["loc"] };
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string>>;
}

export interface RuleContext<M extends string> {
  readonly policy: Policy;
  readonly scope: ScopeInfo;
  readonly htmlComments: readonly HtmlComment[];
  report(descriptor: ReportDescriptor<M>): void;
}

export type RuleVisitors = {
  readonly [T in NodeType]?: (node: NodeOf<T>, parent: AnyNode | undefined) => void;
} & { readonly "Program:exit"?: (node: NodeOf<"Program">) => void };

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  create(context: RuleContext<M>): RuleVisitors;
}

/** Identity plus freeze; it exists so `messageId` is checked against `meta.messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return Object.freeze(rule);
}
