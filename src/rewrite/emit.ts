/**
 * Why: the round-trip gate. We never compile the user's text: astring regenerates canonical code from
 * the rewritten AST (no comments, no odd spellings, no parser differentials), acorn parses that code
 * again, the program read back must be the very AST that was generated (same-shape.ts), and - with
 * the guards layer on - a post-check walks it to confirm every property key that is not a harmless
 * literal goes through the key guard. If anything does not hold, nothing runs
 * (SES: "security must not rely on a JavaScript parser being precise").
 *
 * Generation also records a position map from the generated code back to the user's source, so
 * runtime errors are reported where the user wrote the code.
 */
import * as acorn from "acorn";
import type { AnyNode, Program } from "acorn";
import * as astring from "astring";
import { ECMA_VERSION } from "../parse.js";
import { walk } from "../validate/walk.js";
import { GUARD_NAMES, isInputParameter, isReservedName } from "./reserved.js";
import { isSafeStaticKey } from "./transforms/property-key.js";
import { PositionMap } from "./position-map.js";
import { firstDifference } from "./same-shape.js";

/**
 * astring gives an optional chain member precedence, so it prints `(a?.b).c` as `a?.b.c` - a different
 * program. A chain always gets parentheses where it is an operand; same-shape.ts would refuse otherwise.
 */
const { EXPRESSIONS_PRECEDENCE, NEEDS_PARENTHESES } = astring as unknown as { EXPRESSIONS_PRECEDENCE: Record<string, number>; NEEDS_PARENTHESES: number };
const PRECEDENCE = Object.freeze({ ...EXPRESSIONS_PRECEDENCE, ChainExpression: NEEDS_PARENTHESES });

export class EmitCheckError extends Error {}

export interface Emitted {
  readonly code: string;
  readonly positions: PositionMap;
}

const GUARD_IDENTIFIERS: ReadonlySet<string> = new Set(Object.values(GUARD_NAMES));

/** `async`: the code runs as the body of an async function (top-level `await`). */
export function emit(program: Program, guards: boolean, async = false): Emitted {
  const positions = new PositionMap();
  // No indentation: astring indents by nesting depth, and deeply nested code would grow a thousandfold.
  const options = { sourceMap: positions.collector(), expressionsPrecedence: PRECEDENCE, indent: "" };
  const code = astring.generate(program, options as Parameters<typeof astring.generate>[1]) as unknown as string;
  let reparsed: Program;
  try {
    reparsed = acorn.parse(code, { ecmaVersion: ECMA_VERSION, sourceType: "script", strict: true, allowReturnOutsideFunction: false, allowAwaitOutsideFunction: async });
  } catch (error) {
    throw new EmitCheckError(`generated code does not parse: ${(error as Error).message}`);
  }
  const difference = firstDifference(program, reparsed);
  if (difference) throw new EmitCheckError(`generated code reads back as a different program (${difference})`);
  postCheck(reparsed, guards);
  return { code, positions };
}

function postCheck(program: Program, guards: boolean): void {
  walk(program, {
    enter(node) {
      if (node.type === "Identifier" && isReservedName(node.name) && !GUARD_IDENTIFIERS.has(node.name) && !isInputParameter(node.name)) fail(node, `unexpected reserved identifier ${node.name}`);
      if (!guards) return;
      if (node.type === "MemberExpression") checkKey(node.property, node.computed);
      if (node.type === "Property" || node.type === "PropertyDefinition") checkKey(node.key, node.computed);
      if (node.type === "MethodDefinition" && node.kind !== "constructor") checkKey(node.key, node.computed);
      if (node.type === "BinaryExpression" && node.operator === "in" && node.left.type !== "PrivateIdentifier") checkKey(node.left, true);
    },
  });
}

function checkKey(key: AnyNode, computed: boolean): void {
  if (isSafeStaticKey(key, computed)) return;
  if (computed && key.type === "CallExpression" && key.callee.type === "Identifier" && key.callee.name === GUARD_NAMES.key) return;
  fail(key, "a property key escaped the key guard");
}

function fail(node: AnyNode, message: string): never {
  throw new EmitCheckError(`${message} at generated offset ${node.start}`);
}
