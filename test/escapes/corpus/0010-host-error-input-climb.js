// vector:  climbs from a host Error object that arrived as input data
// origin:  vm2 CVE-2023-29017 (host error objects reach the guest); RestrictedPython CVE-2024-47532 (error attributes)
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
const k = "construc" + "tor";
win(input.err[k][k]) ? "escaped" : "contained";
