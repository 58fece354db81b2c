// vector:  the key is the .name of a function declared with that name: a binding, not a property key, so no key check sees it
// origin:  SandboxJS audit bypasses; vm2 GHSA-2cm2 (names outside key positions)
// expect:  blocked
// layers:  guards isolation
// family:  obfuscation
// inputs:  input
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = (function constructor() {}).name;
win(input.err[k][k]) ? "escaped" : "contained";
