// vector:  hands a coercible key object to Reflect.get: the builtin converts it, out of sight of every guard
// origin:  vm2 ATTACKS.md Reflect; static-eval GHSA-2c5f-9x6g-wxgr (coercion inside a builtin)
// expect:  blocked
// layers:  isolation
// family:  key-coercion
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
const key = { toString() { return ["con", "struc", "tor"].join(""); } };
win(Reflect.get(hostFn, key)) ? "escaped" : "contained";
