// vector:  climbs input[k][k] with k = 'constructor' assembled at run time
// origin:  vm2 GHSA-2cm2 (the transformer cannot see through dynamic property keys); safe-eval CVE-2017-16088
// expect:  blocked
// layers:  guards isolation
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
const k = ["con", "structor"].join("");
win(input[k][k]) ? "escaped" : "contained";
