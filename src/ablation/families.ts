/**
 * Why: the matrix groups corpus files into families (one attack idea, many spellings) so that a
 * column reads as "what this configuration lets through", not as 76 rows. A file names its family
 * with a `// family:` header; files without one are placed here by keywords in their name, first
 * match wins, and anything unmatched is "other" - visible in the matrix, so a missing header shows.
 */
import type { CorpusFile } from "./corpus.js";

export const FALLBACK_FAMILY = "other";

/**
 * Order matters: the specific ideas come before the generic "climb from a host object". The names are
 * the `// family:` header vocabulary, so files with and without the header land in the same rows.
 */
const KEYWORDS: ReadonlyArray<readonly [family: string, slug: RegExp]> = [
  ["guard-shadowing", /shadow-guard/],
  ["parser-differential", /html-/],
  ["cross-run-state", /leftover|persists|setter-interception|replace-|hijack-|set-prototype-of-realm|generator-prototype|stack-trace-limit/],
  ["species", /species/],
  ["membrane-copy", /copy-out/],
  ["errors-stacks", /host-error|thrown-error|error-catch|stack/],
  ["async-promises", /host-promise|async|promise|thenable/],
  ["proto-pollution", /proto-|set-prototype-of|legacy-/],
  ["caller-callee", /arguments|callee|caller/],
  ["proxy-reflect", /reflect-|descriptor|own-property|getter-extraction|proxy/],
  ["key-coercion", /key|tostring-flip|toprimitive|valueof|charcode/],
  ["constructor-climb", /eval|function-global|arrow-constructor|class-constructor|generator-function|builtin-method|throw-type-error|climb|constructor|host-/],
];

export function familyOf(file: Pick<CorpusFile, "name" | "family">): string {
  if (file.family) return file.family;
  const slug = file.name.replace(/^\d+-/, "").replace(/\.js$/, "");
  return KEYWORDS.find(([, pattern]) => pattern.test(slug))?.[0] ?? FALLBACK_FAMILY;
}
