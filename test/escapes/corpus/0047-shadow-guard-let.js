// vector:  declares its own $rf_key so rewritten accesses would call the attacker's identity function
// origin:  RestrictedPython CVE-2026-55830 (parameters shadow _getattr_/_write_); vm2 GHSA-wp5r
// expect:  blocked
// layers:  none
// inputs:  input
// note:    the rewriter refuses every identifier with the reserved $rf_ prefix whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const $rf_key = (k) => k;
const k = "con" + "structor";
win(input[k][k]) ? "escaped" : "contained";
