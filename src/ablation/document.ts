/**
 * Why: docs/ablation.md is half prose (what the matrix means, and why some layers are only a second
 * line - written by people) and half data (the matrix - written by `ringfence escapes --write`). One
 * marker line separates them: everything above it is kept byte for byte, everything below replaced.
 */
import { existsSync, readFileSync } from "node:fs";
import { SetupError } from "./paths.js";

export const MARKER = "<!-- generated below by `ringfence escapes --write`: do not edit by hand below this line -->";

export function readDocument(path: string): string {
  if (!existsSync(path)) throw new SetupError(`no ${path} to regenerate: it holds the hand-written half of the document`);
  return readFileSync(path, "utf8");
}

/** The hand-written part, up to and including the marker line. */
export function handWritten(document: string): string {
  const at = document.indexOf(MARKER);
  if (at < 0) throw new SetupError(`docs/ablation.md has no marker line ${MARKER}`);
  return document.slice(0, at + MARKER.length);
}

export function splice(document: string, generated: string): string {
  return `${handWritten(document)}\n\n${generated}`;
}
