// vector:  climbs from the Date inside the object an endowed function makes: hostMake().at[k][k]
// origin:  vm2 CVE-2023-32314 (host objects returned through the bridge); expr-eval CVE-2025-12735
// expect:  blocked
// layers:  guards isolation
// family:  constructor-climb
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
const k = String.fromCharCode(99) + "onstructor";
win(hostMake().at[k][k]) ? "escaped" : "contained";
