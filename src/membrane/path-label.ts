/**
 * Why: the membrane names the part of a value it refuses (`result.items[3].when`). It builds those
 * labels while guest code may be deep in the stack, so it uses no regular expressions: on Node 20,
 * V8 aborts the whole process when it has to compile a regular expression at the edge of the stack.
 */
function isDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isIdentifier(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** `[3]` for an array index, `.name` for an identifier key, `["odd key"]` otherwise. */
export function keyLabel(key: string, isArray: boolean): string {
  if (isArray && isDigits(key)) return `[${key}]`;
  return isIdentifier(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** The last segment of a path: `globals.tools.fetch` -> `fetch`. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}
