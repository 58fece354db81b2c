/**
 * Why: the registry of rules - id = file name = key, sorted - and nothing else. A meta test checks it
 * against the folder, the tests and the docs.
 */
import type { Rule } from "../src/validate/rule.js";
import noCallerCallee from "./no-caller-callee.js";
import noConstructorProperty from "./no-constructor-property.js";
import noDirectEval from "./no-direct-eval.js";
import noErrorStackHooks from "./no-error-stack-hooks.js";
import noHtmlComment from "./no-html-comment.js";
import noImportExpression from "./no-import-expression.js";
import noImportMeta from "./no-import-meta.js";
import noLegacyAccessors from "./no-legacy-accessors.js";
import noProtoProperty from "./no-proto-property.js";
import noReservedIdentifier from "./no-reserved-identifier.js";
import noUnknownGlobal from "./no-unknown-global.js";
import noUnlistedImport from "./no-unlisted-import.js";
import noUnreviewedSyntax from "./no-unreviewed-syntax.js";
import noUnsafeRegex from "./no-unsafe-regex.js";
import noWith from "./no-with.js";

export const rules = Object.freeze({
  "no-caller-callee": noCallerCallee,
  "no-constructor-property": noConstructorProperty,
  "no-direct-eval": noDirectEval,
  "no-error-stack-hooks": noErrorStackHooks,
  "no-html-comment": noHtmlComment,
  "no-import-expression": noImportExpression,
  "no-import-meta": noImportMeta,
  "no-legacy-accessors": noLegacyAccessors,
  "no-proto-property": noProtoProperty,
  "no-reserved-identifier": noReservedIdentifier,
  "no-unknown-global": noUnknownGlobal,
  "no-unlisted-import": noUnlistedImport,
  "no-unreviewed-syntax": noUnreviewedSyntax,
  "no-unsafe-regex": noUnsafeRegex,
  "no-with": noWith,
} satisfies Record<string, Rule>) as Readonly<Record<string, Rule>>;
