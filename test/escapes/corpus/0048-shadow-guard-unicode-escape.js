// vector:  declares \u0024rf_key (an escaped $) hoping the reserved-name check compares raw text
// origin:  RestrictedPython CVE-2026-55830; SES censorship bypass via escapes
// expect:  blocked
// layers:  none
// inputs:  input
// note:    acorn decodes the name and the rewriter refuses the reserved prefix whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
let \u0024rf_key = (k) => k;
const k = "con" + "structor";
win(input[k][k]) ? "escaped" : "contained";
