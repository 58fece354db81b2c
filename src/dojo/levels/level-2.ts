/**
 * Why: dojo level 2 - a builtins whitelist. The attempt runs in strict mode inside `with (scope)`,
 * where `scope` is a proxy that claims every name and answers only for whitelisted builtins, so
 * `process` and `globalThis` read as undefined and `this` is an empty object. It shows that hiding
 * names does not hide what the visible objects lead to. Teaching code: run it only through the runner.
 */

/** The only free names the attempt can see; any other name reads as undefined. */
const WHITELIST = ["Math", "JSON", "Object", "Array", "String", "Number", "Boolean", "Date", "Map", "Set", "Reflect", "parseInt", "parseFloat", "isNaN", "isFinite", "NaN", "Infinity"] as const;

export function whitelisted(): Record<string, unknown> {
  return Object.fromEntries(WHITELIST.map((name) => [name, (globalThis as Record<string, unknown>)[name]]));
}

const NO_THIS = Object.freeze(Object.create(null));

/** Runs `source` as a strict script whose free names resolve to `names` only; returns its completion value. */
export function runInScope(source: string, names: Record<string, unknown>): unknown {
  let evalTaken = false;
  const scope = new Proxy(names, {
    has: () => true, // every free name is looked up here, and only whitelisted names are found
    get(target, name) {
      // One exception, taken once: the runner's own `eval(...)` below must find the real eval.
      if (name === "eval" && !evalTaken) return (evalTaken = true, eval);
      return typeof name === "string" && Object.hasOwn(target, name) ? target[name] : undefined;
    },
  });
  // Strict, so that a function called without a receiver gets no host globalThis as `this`;
  // `void 0;` keeps the "use strict" directive from being the completion value.
  const strict = `"use strict"; void 0; ${source}`;
  return new Function("scope", `with (scope) return eval(${JSON.stringify(strict)});`).call(NO_THIS, scope);
}

export function run(source: string): unknown {
  return runInScope(source, whitelisted());
}
