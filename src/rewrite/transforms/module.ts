/**
 * Why: modules run without vm.SourceTextModule (it needs --experimental-vm-modules), so a module's
 * import and export declarations are lowered to plain statements the rest of the rewriter already
 * handles, and the module's exports become one frozen namespace object:
 *
 *   import d, { a as b } from "x"   ->  const d = NS["default"]; const b = NS["a"];   (NS: x's namespace)
 *   import * as all from "x"        ->  const all = NS;
 *   export const c = 1              ->  const c = 1;            and "c" is exported from c
 *   export { c as e }; export default f()  ->  const $rf_d = f();   "e" from c, "default" from $rf_d
 *   export * from "x"               ->  every name of x's namespace but "default", unless named here
 *
 * Imports are snapshots: each is read once, at the top of the importing module, after the imported
 * module has finished (the linker refuses cycles, so it always has). The namespace is built when the
 * module's body ends, so it holds the values its exports have then.
 */
import type { Expression, Identifier, Literal, ModuleDeclaration, Pattern, Statement } from "acorn";
import { GUARD_NAMES } from "../reserved.js";
import { identifier, literal, reservedIdentifier } from "../nodes.js";

/** The namespace object of the module a declaration names (the linker knows where each one lives); a fresh node per call. */
export type NamespaceOf = (source: Literal) => Expression;

export interface LoweredModule {
  /** The module's statements, imports first, with no import or export declarations left. */
  readonly body: Statement[];
  /** Builds the module's frozen namespace: `$rf_ns(names, values, stars, ambiguous)`. */
  readonly namespace: Expression;
}

/** `ambiguous`: names the module's `export *` offer from different modules, left out of its namespace. */
export function lowerModule(body: readonly (Statement | ModuleDeclaration)[], namespaceOf: NamespaceOf, ambiguous: readonly string[]): LoweredModule {
  const imports: Statement[] = [];
  const statements: Statement[] = [];
  const names: string[] = [];
  const values: Expression[] = [];
  const stars: Expression[] = [];
  const exportAs = (name: string, value: Expression) => {
    names.push(name);
    values.push(value);
  };
  for (const node of body) {
    switch (node.type) {
      case "ImportDeclaration": {
        for (const specifier of node.specifiers) {
          const namespace = namespaceOf(node.source);
          const value = specifier.type === "ImportNamespaceSpecifier" ? namespace : member(namespace, specifier.type === "ImportDefaultSpecifier" ? "default" : nameOf(specifier.imported), specifier.loc);
          imports.push(constant(specifier.local, value));
        }
        break;
      }
      case "ExportNamedDeclaration":
        if (node.declaration) {
          statements.push(node.declaration);
          for (const name of declaredNames(node.declaration)) exportAs(name, identifier(name));
        } else {
          for (const specifier of node.specifiers) {
            const local = nameOf(specifier.local);
            exportAs(nameOf(specifier.exported), node.source ? member(namespaceOf(node.source), local, specifier.loc) : identifier(local));
          }
        }
        break;
      case "ExportDefaultDeclaration": {
        const declaration = node.declaration;
        if ((declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && declaration.id) {
          statements.push(declaration);
          exportAs("default", identifier(declaration.id.name));
          break;
        }
        const value = declaration.type === "FunctionDeclaration" ? { ...declaration, type: "FunctionExpression" } as Expression
          : declaration.type === "ClassDeclaration" ? { ...declaration, type: "ClassExpression" } as Expression : declaration;
        statements.push(constant(reservedIdentifier(GUARD_NAMES.defaultExport), namedDefault(value)));
        exportAs("default", reservedIdentifier(GUARD_NAMES.defaultExport));
        break;
      }
      case "ExportAllDeclaration":
        if (node.exported) exportAs(nameOf(node.exported), namespaceOf(node.source));
        else stars.push(namespaceOf(node.source));
        break;
      default:
        statements.push(node);
    }
  }
  const namespace = call(reservedIdentifier(GUARD_NAMES.namespace), [array(names.map((name) => literal(name))), array(values), array(stars), array(ambiguous.map((name) => literal(name)))]);
  return { body: [...imports, ...statements], namespace };
}

/** The names a module's exports answer to (for the linker's check that an imported name exists). */
export function exportedNames(body: readonly (Statement | ModuleDeclaration)[]): { readonly names: readonly string[]; readonly stars: readonly Literal[] } {
  const names: string[] = [];
  const stars: Literal[] = [];
  for (const node of body) {
    if (node.type === "ExportNamedDeclaration") {
      if (node.declaration) names.push(...declaredNames(node.declaration));
      else for (const specifier of node.specifiers) names.push(nameOf(specifier.exported));
    } else if (node.type === "ExportDefaultDeclaration") names.push("default");
    else if (node.type === "ExportAllDeclaration") {
      if (node.exported) names.push(nameOf(node.exported));
      else stars.push(node.source);
    }
  }
  return { names, stars };
}

export function nameOf(node: Identifier | Literal): string {
  return node.type === "Identifier" ? node.name : String(node.value);
}

function declaredNames(declaration: Statement): string[] {
  if (declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") return [declaration.id.name];
  if (declaration.type !== "VariableDeclaration") return [];
  const names: string[] = [];
  for (const declarator of declaration.declarations) collectBindings(declarator.id, names);
  return names;
}

function collectBindings(pattern: Pattern, names: string[]): void {
  switch (pattern.type) {
    case "Identifier": names.push(pattern.name); return;
    case "ObjectPattern":
      for (const property of pattern.properties) collectBindings(property.type === "RestElement" ? property.argument : property.value, names);
      return;
    case "ArrayPattern": for (const element of pattern.elements) if (element) collectBindings(element, names); return;
    case "AssignmentPattern": collectBindings(pattern.left, names); return;
    case "RestElement": collectBindings(pattern.argument, names); return;
    default: return;
  }
}

/** An anonymous function or class exported as default is named "default", as in a real module. */
function namedDefault(value: Expression): Expression {
  const anonymous = value.type === "ArrowFunctionExpression" || ((value.type === "FunctionExpression" || value.type === "ClassExpression") && !value.id);
  if (!anonymous) return value;
  const property = { type: "Property", key: identifier("default"), value, kind: "init", method: false, shorthand: false, computed: false, start: 0, end: 0 };
  return member({ type: "ObjectExpression", properties: [property], start: 0, end: 0 } as unknown as Expression, "default");
}

/** `object[name]`; `loc`: where the source names the key, so the key guard's refusal of it is located. */
export function member(object: Expression, name: string | number, loc?: Literal["loc"]): Expression {
  return { type: "MemberExpression", object, property: { ...literal(name), loc }, computed: true, optional: false, start: 0, end: 0 } as Expression;
}

function constant(id: Identifier, init: Expression): Statement {
  return { type: "VariableDeclaration", kind: "const", declarations: [{ type: "VariableDeclarator", id, init, start: 0, end: 0 }], start: 0, end: 0 } as Statement;
}

function call(callee: Expression, args: Expression[]): Expression {
  return { type: "CallExpression", callee, arguments: args, optional: false, start: 0, end: 0 } as Expression;
}

export function array(elements: Expression[]): Expression {
  return { type: "ArrayExpression", elements, start: 0, end: 0 } as Expression;
}
