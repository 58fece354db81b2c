// vector:  a hoisted function declaration named $rf_tick, meant to replace the budget's tick with a no-op before any loop runs
// origin:  RestrictedPython CVE-2026-55830 (shadowing the hooks the rewriter inserts); vm2 GHSA-wp5r
// expect:  blocked
// layers:  none
// family:  guard-shadowing
// inputs:  input
// note:    the rewriter refuses the reserved prefix in every binding position whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
function $rf_tick() { /* no budget */ }
const k = "con" + "structor";
win(input[k][k]) ? "escaped" : "contained";
