/**
 * Why: module mode without vm.SourceTextModule. The linker walks the program's imports, resolving
 * each specifier only against the listed modules (the runtime twin of rules/no-unlisted-import),
 * loads every guest source module once (parsed and validated like the main program, by the caller),
 * refuses import cycles, checks that every imported name is exported, and bundles it all into the
 * main program's AST:
 *
 *   const $rf_m = [];
 *   $rf_m[0] = function () { ...module 0...; return $rf_ns(names, values, stars); }();   (dependencies first)
 *   $rf_c = function () { ...the main module...; return $rf_ns(...); }();   (its namespace is the run's result)
 *
 * so the whole graph is rewritten, emitted and compiled once, and each module runs once per run, in
 * dependency order, inside the run's budget. Host modules are frozen copies bound as `$rf_h[i]`.
 * Every module, the main one too, has a function scope of its own: no module's declarations can
 * shadow a name another module reads (the program declaring `function Number() {}` must not change
 * what `Number` means inside a guest module's functions).
 *
 * Cycles are refused (a located SandboxPolicyError naming the cycle) rather than supported: with
 * snapshot imports a cycle would read uninitialized bindings, and no TDZ could be shown for them.
 */
import type { Expression, Identifier, Literal, ModuleDeclaration, Program, Statement } from "acorn";
import type { Diagnostic } from "../diagnostic.js";
import { SandboxPolicyError, SandboxSyntaxError } from "../errors.js";
import type { ModuleEntry } from "../options.js";
import { FORBIDDEN_KEYS } from "../guards/forbidden-keys.js";
import { GUARD_NAMES, inputParameter } from "../rewrite/reserved.js";
import { identifier, reservedIdentifier, statement } from "../rewrite/nodes.js";
import { array, lowerModule, member, nameOf } from "../rewrite/transforms/module.js";
import { AMBIGUOUS, ambiguousNames, exportOrigins, moduleOrigins, type ExportsOf } from "./export-origins.js";

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
  /** Asynchronous evaluation: the main module may `await` at its top level. */
  readonly async?: boolean;
  /**
   * The run's input names. Only the program's own function receives them (as parameters, from the
   * run's `inputParameter(i)`), so no guest module can read an input, even one named like a builtin.
   */
  readonly inputs: readonly string[];
}

export interface Linked {
  /** Free names of the guest source modules. */
  readonly free: readonly string[];
}

interface Node {
  /** The module's specifier; undefined for the main program (any string can be a specifier). */
  readonly name: string | undefined;
  readonly ast: Program;
}

/** A module whose imports the linker is walking, and how far it has got. */
interface Frame {
  readonly node: Node;
  readonly sources: readonly Literal[];
  next: number;
}

/** Links `request.main` in place (its body becomes the bundle). Throws SandboxPolicyError or SandboxSyntaxError. */
export function linkModules(request: LinkRequest): Linked {
  const { entries } = request;
  const guests = new Map<string, Node>();
  const order: string[] = [];
  const free = new Set<string>();
  const main: Node = { name: undefined, ast: request.main };
  // Depth first with a stack of its own, not recursion: a chain of thousands of modules must not
  // reach the host stack's edge here (the loader parses and validates at whatever depth it is called).
  const path: Frame[] = [{ node: main, sources: requestedModules(main.ast), next: 0 }];
  while (path.length > 0) {
    const frame = path[path.length - 1]!;
    if (frame.next === frame.sources.length) {
      path.pop();
      if (frame.node !== main) order.push(frame.node.name!);
      continue;
    }
    const source = frame.sources[frame.next++]!;
    const specifier = String(source.value);
    const entry = entries[specifier];
    if (!entry) throw refusal(frame.node.name, source, "no-unlisted-import", "unlisted", `module ${JSON.stringify(specifier)} is not one of the modules this sandbox offers`);
    if (!("source" in entry)) continue;
    const cycleStart = path.findIndex((open) => open.node !== main && open.node.name === specifier);
    if (cycleStart !== -1) {
      const cycle = [...path.slice(cycleStart).map((open) => open.node.name!), specifier].map((name) => JSON.stringify(name)).join(" -> ");
      throw refusal(frame.node.name, source, "link", "cycle", `import cycle ${cycle}: modules that import each other are not supported`);
    }
    if (guests.has(specifier)) continue;
    const loaded = request.load(specifier, entry.source);
    for (const name of loaded.free) free.add(name);
    const guest = { name: specifier, ast: loaded.ast };
    guests.set(specifier, guest);
    path.push({ node: guest, sources: requestedModules(guest.ast), next: 0 });
  }
  const exports = exportOrigins(entries, new Map([...guests].map(([specifier, guest]) => [specifier, guest.ast])), order);
  for (const node of [main, ...guests.values()]) checkImportedNames(node, exports);

  const guestIndex = new Map(order.map((specifier, index) => [specifier, index]));
  const namespaceOf = (source: Literal): Expression => {
    const specifier = String(source.value);
    const host = request.hostIndex.get(specifier);
    if (host !== undefined) return member(reservedIdentifier(GUARD_NAMES.hostModules), host);
    const guest = guestIndex.get(specifier);
    if (guest === undefined) throw refusal(undefined, source, "no-unlisted-import", "unlisted", `module ${JSON.stringify(specifier)} is not one of the modules this sandbox offers`);
    return member(reservedIdentifier(GUARD_NAMES.modules), guest);
  };
  const body: Statement[] = order.length > 0 ? [declareModules()] : [];
  order.forEach((specifier, index) => {
    const module = guests.get(specifier)!.ast;
    const lowered = lowerModule(module.body, namespaceOf, ambiguousNames(exports(specifier)));
    body.push(statement(assign(member(reservedIdentifier(GUARD_NAMES.modules), index), runOnce(module, [...lowered.body, returns(lowered.namespace)], false))));
  });
  const lowered = lowerModule(request.main.body, namespaceOf, ambiguousNames(moduleOrigins("", request.main.body, exports)));
  // Asynchronous: the main module is an async function, and the run's promise adopts the one it returns.
  // Its namespace is returned in a one-element array (the run unwraps it), so an exported `then` does not
  // make the namespace a thenable the run would adopt.
  const inputs = { params: request.inputs.map((name) => identifier(name)), args: request.inputs.map((_, i) => reservedIdentifier(inputParameter(i))) };
  const runMain = runOnce(request.main, [...lowered.body, returns(array([lowered.namespace]))], request.async ?? false, inputs);
  body.push(statement(assign(reservedIdentifier(GUARD_NAMES.completion), runMain)));
  (request.main as { body: (Statement | ModuleDeclaration)[] }).body = body;
  return { free: [...free] };
}

/** Every module a module names: imports, re-exports and export-alls. */
function requestedModules(ast: Program): Literal[] {
  const sources: Literal[] = [];
  for (const node of ast.body) {
    if (node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration" || (node.type === "ExportNamedDeclaration" && node.source)) {
      if ((node as { attributes?: readonly unknown[] }).attributes?.length) throw refusal(undefined, node, "link", "attributes", "import attributes are not supported");
      sources.push(node.source!);
    }
  }
  return sources;
}

function checkImportedNames(node: Node, exportsOf: ExportsOf): void {
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

/**
 * An imported name is read off the namespace by the key guard, which refuses the forbidden keys at run
 * time; `import { "constructor" as c }` is refused here, located, like `ns.constructor` by its rule.
 */
function missing(node: Node, source: Literal, name: string, at: { loc?: Program["loc"] }, exportsOf: ExportsOf): void {
  const forbiddenBy = FORBIDDEN_KEYS.get(name);
  if (forbiddenBy) throw refusal(node.name, at, forbiddenBy, "forbiddenImport", `importing ${JSON.stringify(name)} is not allowed: the sandbox refuses this key`);
  const specifier = String(source.value);
  const from = exportsOf(specifier).get(name);
  if (from === AMBIGUOUS) throw new SandboxSyntaxError([located(node.name, at, "link", "ambiguousExport", `module ${JSON.stringify(specifier)} has an ambiguous export ${JSON.stringify(name)}: two \`export *\` offer it from different modules`)]);
  if (from !== undefined) return;
  throw new SandboxSyntaxError([located(node.name, at, "link", "missingExport", `module ${JSON.stringify(specifier)} has no export named ${JSON.stringify(name)}`)]);
}

function refusal(module: string | undefined, at: { loc?: Program["loc"] }, ruleId: string, messageId: string, message: string): SandboxPolicyError {
  return new SandboxPolicyError([located(module, at, ruleId, messageId, message)]);
}

/** A diagnostic in a module's own source (`module` undefined: the main program); messages about a guest module say which one. */
function located(module: string | undefined, at: { loc?: Program["loc"] }, ruleId: string, messageId: string, message: string): Diagnostic {
  const loc = at.loc ?? { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
  const range = { ruleId, messageId, line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
  return module === undefined ? { ...range, message } : { ...range, module, message: `in module ${JSON.stringify(module)}: ${message}` };
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

/**
 * `function () { ... }()`: a module body gets its own scope, and `this` is undefined in it. The
 * function is located at the module's start, so a budget stop at its entry tick says which module.
 */
function runOnce(module: Program, body: Statement[], async: boolean, inputs: { params: Identifier[]; args: Identifier[] } = { params: [], args: [] }): Expression {
  const fn = { type: "FunctionExpression", id: null, params: inputs.params, body: { type: "BlockStatement", body, start: 0, end: 0 }, generator: false, async, expression: false, start: 0, end: 0, loc: module.loc };
  return { type: "CallExpression", callee: fn, arguments: inputs.args, optional: false, start: 0, end: 0 } as unknown as Expression;
}
