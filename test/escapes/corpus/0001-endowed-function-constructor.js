// vector:  reads .constructor of an endowed host function and compiles host code with it
// origin:  expr-eval CVE-2025-12735 (GHSA-jc85-fpwf-qm7x): a function in scope is the way to its Function constructor
// expect:  blocked
// layers:  validator guards isolation
// globals: hostFn
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
win(hostFn.constructor) ? "escaped" : "contained";
