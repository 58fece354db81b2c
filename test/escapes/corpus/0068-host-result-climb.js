// vector:  climbs from the host object an endowed function returns
// origin:  vm2 CVE-2023-32314 (host objects returned through the bridge)
// expect:  blocked
// layers:  guards isolation
// globals: hostMake
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = "con" + "structor";
win(hostMake().made[k][k]) ? "escaped" : "contained";
