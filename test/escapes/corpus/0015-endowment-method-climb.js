// vector:  climbs from a method of an endowed host object
// origin:  expr-eval CVE-2025-12735 (member functions of values in scope)
// expect:  blocked
// layers:  guards isolation
// globals: hostObj
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
win(hostObj.greet[k]) ? "escaped" : "contained";
