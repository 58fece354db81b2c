/**
 * Why: one place pins how untrusted text becomes an AST. acorn runs with fixed options (ES2024,
 * script, strict, no hashbang, no return/await/import outside their homes), size and nesting limits
 * guard the host, and every parse failure becomes a located diagnostic - including acorn's own "too deeply
 * nested", so a 100,000-deep `((((` is an error, not a host stack overflow.
 *
 * Guest code always runs strict. When strict parsing fails but sloppy parsing succeeds (`with`,
 * octal literals ...), the sloppy AST is returned too, so the validator can still name the rule the
 * code breaks instead of only quoting the parser.
 */
import * as acorn from "acorn";
import type { Diagnostic } from "./diagnostic.js";
import { findTooDeep } from "./nesting.js";

export type ParseMode = "expression" | "script" | "module";

export interface HtmlComment {
  readonly start: number;
  readonly end: number;
  readonly loc: acorn.SourceLocation;
}

export interface ParseResult {
  /** The program; in expression mode a Program holding one ExpressionStatement. */
  readonly ast: acorn.Program | undefined;
  /** Set when the source is not valid strict-mode code. */
  readonly syntaxError: Diagnostic | undefined;
  readonly htmlComments: readonly HtmlComment[];
}

export const ECMA_VERSION = 2024;

/** `async`: top-level `await` is allowed (asynchronous evaluation). */
export function parse(source: string, mode: ParseMode, maxSourceLength: number, maxNesting = Infinity, async = false): ParseResult {
  if (source.length > maxSourceLength) {
    return { ast: undefined, htmlComments: [], syntaxError: syntaxDiagnostic(`source is ${source.length} characters long; the limit is ${maxSourceLength}`, { line: 1, column: 0 }, "tooLong") };
  }
  const deep = findTooDeep(source, maxNesting);
  if (deep) {
    return { ast: undefined, htmlComments: [], syntaxError: syntaxDiagnostic(`brackets are nested more than ${maxNesting} levels deep`, { line: deep.line, column: deep.column - 1 }, "tooDeep") };
  }
  const strict = tryParse(source, mode, true, async);
  if (strict.ast) return { ast: strict.ast, htmlComments: strict.htmlComments, syntaxError: undefined };
  const sloppy = mode === "module" ? strict : tryParse(source, mode, false, async);
  return { ast: sloppy.ast, htmlComments: sloppy.htmlComments, syntaxError: strict.error };
}

interface Attempt {
  ast?: acorn.Program;
  error?: Diagnostic;
  htmlComments: HtmlComment[];
}

function tryParse(source: string, mode: ParseMode, strict: boolean, async: boolean): Attempt {
  const htmlComments: HtmlComment[] = [];
  const options: acorn.Options = {
    ecmaVersion: ECMA_VERSION,
    sourceType: mode === "module" ? "module" : "script",
    strict,
    locations: true,
    allowHashBang: false,
    allowReturnOutsideFunction: false,
    allowImportExportEverywhere: false,
    allowAwaitOutsideFunction: async,
    allowSuperOutsideMethod: false,
    preserveParens: false,
    onComment(_block, _text, start, end, startLoc, endLoc) {
      const opening = source.slice(start, start + 4);
      if (opening === "<!--" || opening.startsWith("-->")) htmlComments.push({ start, end, loc: { start: startLoc!, end: endLoc! } as acorn.SourceLocation });
    },
  };
  try {
    const ast = mode === "expression" ? parseExpression(source, options) : acorn.parse(source, options);
    return { ast, htmlComments };
  } catch (error) {
    return { error: toDiagnostic(error), htmlComments };
  }
}

/** The parser's internals that parseExpressionAt uses; we need them to insist on end of input. */
interface ExpressionParser {
  nextToken(): void;
  parseExpression(): acorn.Expression;
  type: acorn.TokenType;
  unexpected(): never;
}

function parseExpression(source: string, options: acorn.Options): acorn.Program {
  const ParserClass = acorn.Parser as unknown as new (options: acorn.Options, input: string, startPos: number) => ExpressionParser;
  const parser = new ParserClass(options, source, 0);
  parser.nextToken();
  const expression = parser.parseExpression();
  if (parser.type !== acorn.tokTypes.eof) parser.unexpected();
  const statement = { type: "ExpressionStatement", expression, start: expression.start, end: expression.end, loc: expression.loc } as acorn.ExpressionStatement;
  return { type: "Program", body: [statement], sourceType: "script", start: 0, end: source.length, loc: expression.loc } as acorn.Program;
}

interface AcornSyntaxError {
  message: string;
  loc?: { line: number; column: number };
}

function toDiagnostic(error: unknown): Diagnostic {
  if (error instanceof RangeError) return syntaxDiagnostic("the code is nested too deeply to parse safely", { line: 1, column: 0 }, "tooDeep");
  if (!(error instanceof SyntaxError)) throw error;
  const { message, loc } = error as unknown as AcornSyntaxError;
  const text = message.replace(/ \(\d+:\d+\)$/, "");
  const tooDeep = /stack space/.test(text);
  return syntaxDiagnostic(tooDeep ? "the code is nested too deeply to parse safely" : text, loc ?? { line: 1, column: 0 }, tooDeep ? "tooDeep" : "syntax");
}

function syntaxDiagnostic(message: string, loc: { line: number; column: number }, messageId: string): Diagnostic {
  return { ruleId: "parse", messageId, message, line: loc.line, column: loc.column + 1, endLine: loc.line, endColumn: loc.column + 2 };
}
