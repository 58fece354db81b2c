/**
 * Why: a real module leaves out of its namespace a name that two `export *` offer from different
 * modules (it is ambiguous), and refuses to import it. To know, the linker follows each exported name
 * to the binding it comes from - its origin: the module that declares it, or the host module that
 * lists it - through `export { x } from` and `export *` chains. Guest modules are taken in dependency
 * order, so every module a re-export names is already resolved (there are no cycles).
 */
import type { ModuleDeclaration, Program, Statement } from "acorn";
import type { ModuleEntry } from "../options.js";
import { exportedNames, nameOf } from "../rewrite/transforms/module.js";

/** The origin of a name two `export *` offer from different bindings. */
export const AMBIGUOUS = "\0ambiguous";

/** Each exported name of a listed module, with its origin (or AMBIGUOUS). */
export type ExportsOf = (specifier: string) => ReadonlyMap<string, string>;

export function exportOrigins(entries: Readonly<Record<string, ModuleEntry>>, guests: ReadonlyMap<string, Program>, order: readonly string[]): ExportsOf {
  const table = new Map<string, ReadonlyMap<string, string>>();
  const exportsOf: ExportsOf = (specifier) => {
    const known = table.get(specifier);
    if (known) return known;
    const entry = entries[specifier]!;
    return new Map("namespace" in entry ? Object.keys(entry.namespace).map((name) => [name, origin(specifier, name)]) : []);
  };
  for (const specifier of order) table.set(specifier, moduleOrigins(specifier, guests.get(specifier)!.body, exportsOf));
  return exportsOf;
}

/** The origins of what one module exports; `label` names its own bindings (the program has no specifier). */
export function moduleOrigins(label: string, body: readonly (Statement | ModuleDeclaration)[], exportsOf: ExportsOf): Map<string, string> {
  const origins = new Map<string, string>();
  for (const node of body) {
    if (node.type !== "ExportNamedDeclaration" || !node.source) continue;
    const from = exportsOf(String(node.source.value));
    for (const specifier of node.specifiers) {
      const exported = nameOf(specifier.exported);
      origins.set(exported, from.get(nameOf(specifier.local)) ?? origin(label, exported));
    }
  }
  const own = exportedNames(body);
  for (const name of own.names) if (!origins.has(name)) origins.set(name, origin(label, name));
  const starred = new Map<string, string>();
  for (const star of own.stars) {
    for (const [name, from] of exportsOf(String(star.value))) {
      if (name === "default" || origins.has(name)) continue;
      const seen = starred.get(name);
      starred.set(name, seen === undefined || seen === from ? from : AMBIGUOUS);
    }
  }
  for (const [name, from] of starred) origins.set(name, from);
  return origins;
}

/** The names left out of a module's namespace. */
export function ambiguousNames(origins: ReadonlyMap<string, string>): string[] {
  return [...origins].filter(([, from]) => from === AMBIGUOUS).map(([name]) => name);
}

function origin(module: string, name: string): string {
  return `${JSON.stringify(module)}:${JSON.stringify(name)}`;
}
