/**
 * Why: parsing cost grows with nesting depth times the number of identifiers (acorn walks its scope
 * stack for each identifier), so 100 KB of code a thousand blocks deep takes seconds of unbudgeted host
 * time, and deeper code exhausts the stack. One linear pass over the text finds the deepest bracket
 * nesting before anything is parsed. It skips strings and comments; a bracket inside a regular
 * expression literal can only make it count deeper than the truth, which fails closed.
 */
export interface DepthViolation {
  readonly line: number;
  readonly column: number;
}

export function findTooDeep(source: string, maxNesting: number): DepthViolation | undefined {
  let depth = 0, line = 1, lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) { line++; lineStart = i + 1; continue; }
    if (c === 34 || c === 39) { i = skipString(source, i, c); continue; } // " '
    if (c === 47 && source.charCodeAt(i + 1) === 47) { i = lineEnd(source, i); i--; continue; } // //
    if (c === 47 && source.charCodeAt(i + 1) === 42) { // /* ... */
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let j = i; j < stop; j++) if (source.charCodeAt(j) === 10) { line++; lineStart = j + 1; }
      i = stop - 1;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) { // ( [ {
      if (++depth > maxNesting) return { line, column: i - lineStart + 1 };
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--; // ) ] }
  }
  return undefined;
}

function skipString(source: string, start: number, quote: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) { i++; continue; } // backslash escape
    if (c === quote || c === 10) return i;
  }
  return source.length;
}

function lineEnd(source: string, start: number): number {
  const end = source.indexOf("\n", start);
  return end < 0 ? source.length : end;
}
