// vector:  uses $rf_tick as a label and $rf_c as a class name to clobber the budget and completion bindings
// origin:  vm2 GHSA-wp5r (internal names reachable from guest code); RestrictedPython CVE-2026-55830
// expect:  blocked
// layers:  none
// inputs:  input
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
class $rf_c {}
$rf_tick: for (;;) { break $rf_tick; }
const k = "con" + "structor";
win(input[k][k]) ? "escaped" : "contained";
