/**
 * Why: names that belong to a host (Node, CommonJS, browsers) are never guest inputs, even when a
 * program's inputs are inferred from its free names: `process` in a formula is an attack or a mistake.
 */
const HOST_NAMES: ReadonlySet<string> = new Set([
  "require", "module", "exports", "__dirname", "__filename", "process", "global", "Buffer", "window", "self",
  "document", "eval", "arguments", "globalThis",
]);

export function isHostName(name: string): boolean {
  return HOST_NAMES.has(name) || name in globalThis;
}
