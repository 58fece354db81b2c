/**
 * Why: the rewriter builds a handful of node shapes; building them in one place keeps each transform
 * short and makes it obvious that generated nodes never carry user-controlled names.
 */
import type { AnyNode, Expression, Identifier, Literal, Statement } from "acorn";

export function identifier(name: string): Identifier {
  return { type: "Identifier", name, start: 0, end: 0 } as Identifier;
}

export function literal(value: string | number): Literal {
  return { type: "Literal", value, raw: JSON.stringify(value), start: 0, end: 0 } as Literal;
}

export function call(callee: string, args: Expression[], loc?: AnyNode["loc"]): Expression {
  return { type: "CallExpression", callee: identifier(callee), arguments: args, optional: false, start: 0, end: 0, ...(loc ? { loc } : {}) } as Expression;
}

/** Statements the rewriter inserted; they are not the program's own and never give its completion value. */
const generated = new WeakSet<object>();

export function isGenerated(node: object): boolean {
  return generated.has(node);
}

/** A reserved name the rewriter itself binds or reads; the rewriter refuses every other use of the prefix. */
export function reservedIdentifier(name: string): Identifier {
  const node = identifier(name);
  generated.add(node);
  return node;
}

export function statement(expression: Expression): Statement {
  const node = { type: "ExpressionStatement", expression, start: 0, end: 0 } as Statement;
  generated.add(node);
  return node;
}

export function assign(name: string, value: Expression): Expression {
  return { type: "AssignmentExpression", operator: "=", left: identifier(name), right: value, start: 0, end: 0 } as Expression;
}

export function block(body: Statement[]): Statement {
  return { type: "BlockStatement", body, start: 0, end: 0 } as Statement;
}

export function undefinedValue(): Expression {
  return { type: "UnaryExpression", operator: "void", prefix: true, argument: literal(0), start: 0, end: 0 } as Expression;
}
