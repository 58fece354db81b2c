/**
 * Why: the matrix groups corpus files into families (one attack idea, many spellings) so that a
 * column reads as "what this configuration lets through", not as 76 rows. A file names its family
 * with a `// family:` header; files without one are placed here by keywords in their name, first
 * match wins, and anything unmatched is "other" - visible in the matrix, so a missing header shows.
 */
import type { CorpusFile } from "./corpus.js";

export const FALLBACK_FAMILY = "other";

/** Order matters: the specific ideas come before the generic "climb from a host object". */
const KEYWORDS: ReadonlyArray<readonly [family: string, slug: RegExp]> = [
  ["guard-shadowing", /shadow-guard/],
  ["parser-differential", /html-/],
  ["leftover-state", /leftover|persists|setter-interception/],
  ["copy-out", /copy-out/],
  ["host-errors", /host-error|thrown-error|error-catch|host-promise/],
  ["intrinsic-tampering", /replace-|hijack-|species-realm|set-prototype-of-realm|generator-prototype|stack-trace-limit/],
  ["prototype-pollution", /proto-|set-prototype-of|legacy-/],
  ["caller-arguments", /arguments|callee|caller/],
  ["reflection", /reflect-|descriptor|own-property|getter-extraction/],
  ["key-coercion", /key|tostring-flip|toprimitive|valueof|charcode/],
  ["evaluators", /eval|function-global/],
  ["realm-function", /arrow-constructor|class-constructor|generator-function|async-function|builtin-method|throw-type-error/],
  ["stack-traces", /stack/],
  ["host-climb", /climb|constructor|host-/],
];

export function familyOf(file: Pick<CorpusFile, "name" | "family">): string {
  if (file.family) return file.family;
  const slug = file.name.replace(/^\d+-/, "").replace(/\.js$/, "");
  return KEYWORDS.find(([, pattern]) => pattern.test(slug))?.[0] ?? FALLBACK_FAMILY;
}
