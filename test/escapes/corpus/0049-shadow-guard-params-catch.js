// vector:  binds $rf_key and $rf_catch as a parameter and a catch parameter
// origin:  RestrictedPython CVE-2026-55830 (positional-only parameters shadow the hooks)
// expect:  blocked
// layers:  none
// globals: hostThrow
// note:    reserved-prefix identifiers are refused by the rewriter in every position, whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
function reach($rf_key, o) { const k = "con" + "structor"; return o[k][k]; }
let won = false;
try { hostThrow(); } catch ($rf_catch) { won = win(reach((k) => k, $rf_catch)); }
won ? "escaped" : "contained";
