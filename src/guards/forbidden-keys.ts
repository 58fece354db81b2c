/**
 * Why: the property keys that lead out of a language-level sandbox (constructor climbs, prototype
 * pollution, legacy accessors, caller/callee, stack hooks). One table serves the static rules, the
 * rewriter and the runtime key guard, so the static check and its runtime twin cannot drift apart.
 * Each key names the rule that is its static twin.
 */
export const FORBIDDEN_KEYS: ReadonlyMap<string, string> = new Map([
  ["constructor", "no-constructor-property"],
  ["__proto__", "no-proto-property"],
  ["__defineGetter__", "no-legacy-accessors"],
  ["__defineSetter__", "no-legacy-accessors"],
  ["__lookupGetter__", "no-legacy-accessors"],
  ["__lookupSetter__", "no-legacy-accessors"],
  ["caller", "no-caller-callee"],
  ["callee", "no-caller-callee"],
  ["arguments", "no-caller-callee"],
  ["prepareStackTrace", "no-error-stack-hooks"],
  ["captureStackTrace", "no-error-stack-hooks"],
]);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}
