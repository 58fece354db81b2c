/**
 * Why: a worker thread needs a JavaScript file. Built, that is ./entry.js next to this module. When
 * this module runs from its TypeScript source (the test suite does), there is no entry.js beside it;
 * the compiled one in dist/ is used instead (the suite builds dist/ before it runs).
 */
export function workerEntry(): URL {
  const fromSource = import.meta.url.endsWith(".ts");
  return new URL(fromSource ? "../../dist/src/worker/entry.js" : "./entry.js", import.meta.url);
}
