// vector:  declares \u{24}rf_key (a code-point escape for $) to replace the key guard with an identity function
// origin:  RestrictedPython CVE-2026-55830; vm2 GHSA-wp5r (unicode-escaped identifiers)
// expect:  blocked
// layers:  none
// family:  guard-shadowing
// inputs:  input
// note:    acorn decodes the escape and the rewriter refuses the reserved prefix whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const \u{24}rf_key = (k) => k;
const k = "con" + "structor";
win(input[k][k]) ? "escaped" : "contained";
