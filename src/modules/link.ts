/**
 * Why: module mode without vm.SourceTextModule. The linker walks the program's imports, resolving
 * each specifier only against the listed modules (the runtime twin of rules/no-unlisted-import),
 * loads every guest source module once (parsed and validated like the main program, by the caller),
 * refuses import cycles, checks that every imported name is exported, and bundles it all into the
 * main program's AST:
 *
 *   const $rf_m = [];
 *   $rf_m[0] = function () { ...module 0...; return $rf_ns(names, values, stars); }();   (dependencies first)
 *   ...the main module...;
 *   $rf_c = $rf_ns(...);                                   (its namespace is the run's result)
 *
 * so the whole graph is rewritten, emitted and compiled once, and each module runs once per run, in
 * dependency order, inside the run's budget. Host modules are frozen copies bound as `$rf_h[i]`.
 *
 * Cycles are refused (a located SandboxPolicyError naming the cycle) rather than supported: with
 * snapshot imports a cycle would read uninitialized bindings, and no TDZ could be shown for them.
 */
import type { Expression, Literal, ModuleDeclaration, Program, Statement } from "acorn";
import type { Diagnostic } from "../diagnostic.js";
import { SandboxPolicyError, SandboxSyntaxError } from "../errors.js";
import type { ModuleEntry } from "../options.js";
import { GUARD_NAMES } from "../rewrite/reserved.js";
import { reservedIdentifier, statement } from "../rewrite/nodes.js";
import { exportedNames, lowerModule, member, nameOf } from "../rewrite/transforms/module.js";

/** The main program's own name in messages. */
const MAIN = "the program";

export interface LoadedModule {
  readonly ast: Program;
  /** Free names the module reads (builtins and endowments). */
  readonly free: readonly string[];
}

export interface LinkRequest {
  readonly main: Program;
  readonly entries: Readonly<Record<string, ModuleEntry>>;
  /** Where each host module's frozen namespace is in `$rf_h`. */
  readonly hostIndex: ReadonlyMap<string, number>;
  /** Parses and validates one guest source module; throws a SandboxError for what it refuses. */
  load(specifier: string, source: string): LoadedModule;
}

export interface Linked {
  /** Free names of the guest source modules. */
  readonly free: readonly string[];
}

interface Node {
  readonly name: string;
  readonly ast: Program;
}

/** Links `request.main` in place (its body becomes the bundle). Throws SandboxPolicyError or SandboxSyntaxError. */
export function linkModules(request: LinkRequest): Linked {
  const { entries } = request;
  const guests = new Map<string, Node>();
  const order: string[] = [];
  const free = new Set<string>();
  const stack: string[] = [];
  const visit = (node: Node) => {
    stack.push(node.name);
    for (const source of requestedModules(node.ast)) {
      const specifier = String(source.value);
      const entry = entries[specifier];
      if (!entry) throw refusal(node.name, source, "no-unlisted-import", "unlisted", `module ${JSON.stringify(specifier)} is not one of the modules this sandbox offers`);
      if (!("source" in entry)) continue;
      if (stack.includes(specifier)) {
        const cycle = [...stack.slice(stack.indexOf(specifier)), specifier].map((name) => JSON.stringify(name)).join(" -> ");
        throw refusal(node.name, source, "link", "cycle", `import cycle ${cycle}: modules that import each other are not supported`);
      }
      if (guests.has(specifier)) continue;
      const loaded = request.load(specifier, entry.source);
      for (const name of loaded.free) free.add(name);
      const guest = { name: specifier, ast: loaded.ast };
      guests.set(specifier, guest);
      visit(guest);
      order.push(specifier);
    }
    stack.pop();
  };
  const main = { name: MAIN, ast: request.main };
  visit(main);
  const exports = exportTable(entries, guests);
  for (const node of [main, ...guests.values()]) checkImportedNames(node, exports);

  const guestIndex = new Map(order.map((specifier, index) => [specifier, index]));
  const namespaceOf = (source: Literal): Expression => {
    const specifier = String(source.value);
    const host = request.hostIndex.get(specifier);
    if (host !== undefined) return member(reservedIdentifier(GUARD_NAMES.hostModules), host);
    const guest = guestIndex.get(specifier);
    if (guest === undefined) throw refusal(MAIN, source, "no-unlisted-import", "unlisted", `module ${JSON.stringify(specifier)} is not one of the modules this sandbox offers`);
    return member(reservedIdentifier(GUARD_NAMES.modules), guest);
  };
  const body: Statement[] = order.length > 0 ? [declareModules()] : [];
  order.forEach((specifier, index) => {
    const lowered = lowerModule(guests.get(specifier)!.ast.body, namespaceOf);
    body.push(statement(assign(member(reservedIdentifier(GUARD_NAMES.modules), index), runOnce([...lowered.body, returns(lowered.namespace)]))));
  });
  const lowered = lowerModule(request.main.body, namespaceOf);
  body.push(...lowered.body, statement(assign(reservedIdentifier(GUARD_NAMES.completion), lowered.namespace)));
  (request.main as { body: (Statement | ModuleDeclaration)[] }).body = body;
  return { free: [...free] };
}

/** Every module a module names: imports, re-exports and export-alls. */
function requestedModules(ast: Program): Literal[] {
  const sources: Literal[] = [];
  for (const node of ast.body) {
    if (node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration" || (node.type === "ExportNamedDeclaration" && node.source)) {
      if ((node as { attributes?: readonly unknown[] }).attributes?.length) throw refusalAt(node, "link", "attributes", "import attributes are not supported");
      sources.push(node.source!);
    }
  }
  return sources;
}

/** The names each listed module exports (a guest module's `export *` resolved; there are no cycles). */
function exportTable(entries: Readonly<Record<string, ModuleEntry>>, guests: ReadonlyMap<string, Node>): (specifier: string) => ReadonlySet<string> {
  const table = new Map<string, ReadonlySet<string>>();
  const namesOf = (specifier: string): ReadonlySet<string> => {
    const known = table.get(specifier);
    if (known) return known;
    const entry = entries[specifier]!;
    let names: Set<string>;
    if ("namespace" in entry) names = new Set(Object.keys(entry.namespace));
    else {
      const own = exportedNames(guests.get(specifier)!.ast.body);
      names = new Set(own.names);
      for (const star of own.stars) for (const name of namesOf(String(star.value))) if (name !== "default") names.add(name);
    }
    table.set(specifier, names);
    return names;
  };
  return namesOf;
}

function checkImportedNames(node: Node, exportsOf: (specifier: string) => ReadonlySet<string>): void {
  for (const statement of node.ast.body) {
    if (statement.type === "ImportDeclaration") {
      for (const specifier of statement.specifiers) {
        if (specifier.type === "ImportNamespaceSpecifier") continue;
        const name = specifier.type === "ImportDefaultSpecifier" ? "default" : nameOf(specifier.imported);
        missing(node, statement.source, name, specifier, exportsOf);
      }
    } else if (statement.type === "ExportNamedDeclaration" && statement.source) {
      for (const specifier of statement.specifiers) missing(node, statement.source, nameOf(specifier.local), specifier, exportsOf);
    }
  }
}

function missing(node: Node, source: Literal, name: string, at: { loc?: Program["loc"] }, exportsOf: (specifier: string) => ReadonlySet<string>): void {
  const specifier = String(source.value);
  if (exportsOf(specifier).has(name)) return;
  throw new SandboxSyntaxError([located(node.name, at, "link", "missingExport", `module ${JSON.stringify(specifier)} has no export named ${JSON.stringify(name)}`)]);
}

function refusal(module: string, at: { loc?: Program["loc"] }, ruleId: string, messageId: string, message: string): SandboxPolicyError {
  return new SandboxPolicyError([located(module, at, ruleId, messageId, message)]);
}

function refusalAt(at: { loc?: Program["loc"] }, ruleId: string, messageId: string, message: string): SandboxPolicyError {
  return refusal(MAIN, at, ruleId, messageId, message);
}

/** A diagnostic in module `module`'s own source; messages about a guest module say which one. */
export function located(module: string, at: { loc?: Program["loc"] }, ruleId: string, messageId: string, message: string): Diagnostic {
  const loc = at.loc ?? { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
  const range = { ruleId, messageId, line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
  return module === MAIN ? { ...range, message } : { ...range, module, message: `in module ${JSON.stringify(module)}: ${message}` };
}

function declareModules(): Statement {
  const init = { type: "ArrayExpression", elements: [], start: 0, end: 0 };
  return { type: "VariableDeclaration", kind: "const", declarations: [{ type: "VariableDeclarator", id: reservedIdentifier(GUARD_NAMES.modules), init, start: 0, end: 0 }], start: 0, end: 0 } as Statement;
}

function assign(left: Expression, right: Expression): Expression {
  return { type: "AssignmentExpression", operator: "=", left, right, start: 0, end: 0 } as Expression;
}

function returns(argument: Expression): Statement {
  return { type: "ReturnStatement", argument, start: 0, end: 0 } as Statement;
}

/** `function () { ... }()`: a module body gets its own scope, and `this` is undefined in it. */
function runOnce(body: Statement[]): Expression {
  const fn = { type: "FunctionExpression", id: null, params: [], body: { type: "BlockStatement", body, start: 0, end: 0 }, generator: false, async: false, expression: false, start: 0, end: 0 };
  return { type: "CallExpression", callee: fn, arguments: [], optional: false, start: 0, end: 0 } as unknown as Expression;
}
