/**
 * Why: the whitelist needs to know which names a program takes from outside - its free identifiers -
 * both to refuse unknown ones (rules/no-unknown-global) and to bind the permitted ones as lexical
 * parameters of the compiled wrapper. Two passes over the AST: collect every declaration into the
 * scope it belongs to (so hoisting is right), then resolve every identifier in a name position.
 * Strict-mode scoping only: guest code is always strict.
 */
import type { AnyNode, Identifier, Pattern } from "acorn";
import { walk } from "./walk.js";

export interface ScopeInfo {
  /** Free names in order of first use, each with every identifier node that refers to it. */
  readonly free: ReadonlyMap<string, readonly Identifier[]>;
}

type ScopeNode = AnyNode;

export function analyzeScope(program: AnyNode): ScopeInfo {
  const declared = new Map<ScopeNode, Set<string>>();
  const declare = (scope: ScopeNode, name: string) => {
    let names = declared.get(scope);
    if (!names) declared.set(scope, (names = new Set()));
    names.add(name);
  };
  const stack: ScopeNode[] = [];
  const varScopes: ScopeNode[] = [];
  walk(program, {
    enter(node, parent, key) {
      if (node.type === "FunctionDeclaration" || node.type === "ClassDeclaration") {
        if (node.id) declare(stack[stack.length - 1]!, node.id.name);
      }
      if (node.type === "VariableDeclaration") {
        const target = node.kind === "var" ? varScopes[varScopes.length - 1]! : stack[stack.length - 1]!;
        for (const d of node.declarations) for (const id of patternIdentifiers(d.id)) declare(target, id.name);
      }
      if (node.type === "ImportSpecifier" || node.type === "ImportDefaultSpecifier" || node.type === "ImportNamespaceSpecifier") {
        declare(stack[0]!, node.local.name);
      }
      if (!createsScope(node, parent, key)) return;
      stack.push(node);
      if (isVarScope(node, parent, key)) varScopes.push(node);
      declareOwnBindings(node, (name) => declare(node, name));
    },
    leave(node, parent, key) {
      if (!createsScope(node, parent, key)) return;
      stack.pop();
      if (isVarScope(node, parent, key)) varScopes.pop();
    },
  });

  const free = new Map<string, Identifier[]>();
  // `export { a } from "m"` names m's export `a`, not a variable of this module.
  const reexported = new Set<AnyNode>((program.type === "Program" ? program.body : []).flatMap((node) => (node.type === "ExportNamedDeclaration" && node.source ? node.specifiers : [])));
  // How many scopes on the current chain declare each name: resolving is a lookup, not a scan of the
  // chain (a program nested a thousand deep would otherwise cost depth x identifiers).
  const visible = new Map<string, number>();
  const enterScope = (scope: ScopeNode) => { for (const name of declared.get(scope) ?? []) visible.set(name, (visible.get(name) ?? 0) + 1); };
  const leaveScope = (scope: ScopeNode) => { for (const name of declared.get(scope) ?? []) visible.set(name, visible.get(name)! - 1); };
  const chain: ScopeNode[] = [];
  const push = (scope: ScopeNode) => { chain.push(scope); enterScope(scope); };
  const pop = () => { const scope = chain.pop()!; leaveScope(scope); return scope; };
  // A switch's discriminant is evaluated outside the block its cases share.
  const lifted: { node: AnyNode; scope: ScopeNode }[] = [];
  walk(program, {
    enter(node, parent, key) {
      if (parent?.type === "SwitchStatement" && key === "discriminant") lifted.push({ node, scope: pop() });
      if (createsScope(node, parent, key)) push(node);
      if (node.type === "Identifier" && isNamePosition(parent, key) && !(parent && reexported.has(parent)) && !visible.get(node.name)) {
        const uses = free.get(node.name);
        if (uses) uses.push(node);
        else free.set(node.name, [node]);
      }
    },
    leave(node, parent, key) {
      if (createsScope(node, parent, key)) pop();
      if (lifted[lifted.length - 1]?.node === node) push(lifted.pop()!.scope);
    },
  });
  return { free };
}

function isFunction(node: AnyNode): boolean {
  return node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}

/**
 * A function has two scopes: the function node holds its parameters (and its own name, and
 * `arguments`), its body block holds what the body declares, `var` included. Parameter defaults are
 * evaluated before the body exists, so they must not see the body's declarations.
 */
function isFunctionBody(node: AnyNode, parent: AnyNode | undefined, key: string): boolean {
  return node.type === "BlockStatement" && parent !== undefined && isFunction(parent) && key === "body";
}

function isVarScope(node: AnyNode, parent: AnyNode | undefined, key: string): boolean {
  return node.type === "Program" || isFunction(node) || node.type === "StaticBlock" || isFunctionBody(node, parent, key);
}

function createsScope(node: AnyNode, _parent: AnyNode | undefined, _key: string): boolean {
  switch (node.type) {
    case "BlockStatement":
      return true;
    case "Program": case "FunctionDeclaration": case "FunctionExpression": case "ArrowFunctionExpression":
    case "ClassDeclaration": case "ClassExpression": case "CatchClause": case "ForStatement": case "ForInStatement":
    case "ForOfStatement": case "SwitchStatement": case "StaticBlock":
      return true;
    default:
      return false;
  }
}

/** Names a scope node binds for itself: parameters, a function or class expression's own name, a catch parameter. */
function declareOwnBindings(node: AnyNode, declare: (name: string) => void): void {
  if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") {
    for (const param of node.params) for (const id of patternIdentifiers(param)) declare(id.name);
    if (node.type !== "ArrowFunctionExpression") declare("arguments");
    if (node.type === "FunctionExpression" && node.id) declare(node.id.name);
  } else if ((node.type === "ClassExpression" || node.type === "ClassDeclaration") && node.id) {
    declare(node.id.name);
  } else if (node.type === "CatchClause" && node.param) {
    for (const id of patternIdentifiers(node.param)) declare(id.name);
  }
}

/** Every identifier a binding pattern declares. */
function patternIdentifiers(pattern: Pattern | AnyNode): Identifier[] {
  switch (pattern.type) {
    case "Identifier": return [pattern];
    case "ObjectPattern": return pattern.properties.flatMap((p) => patternIdentifiers(p.type === "RestElement" ? p.argument : p.value));
    case "ArrayPattern": return pattern.elements.flatMap((e) => (e ? patternIdentifiers(e) : []));
    case "AssignmentPattern": return patternIdentifiers(pattern.left);
    case "RestElement": return patternIdentifiers(pattern.argument);
    default: return [];
  }
}

/** False where an identifier is a property key, a label or part of a meta property, not a variable name. */
function isNamePosition(parent: AnyNode | undefined, key: string): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case "MemberExpression": return key !== "property" || parent.computed;
    case "Property": case "MethodDefinition": case "PropertyDefinition": return key !== "key" || parent.computed;
    case "LabeledStatement": case "BreakStatement": case "ContinueStatement": return key !== "label";
    case "MetaProperty": return false;
    case "ImportSpecifier": return key !== "imported";
    case "ExportSpecifier": return key !== "exported";
    case "ExportAllDeclaration": return key !== "exported";
    case "ImportAttribute": return key !== "key";
    default: return true;
  }
}
