// vector:  climbs from the Map held in an input: input.map[k][k]
// origin:  vm2 ATTACKS.md (host collections handed to the guest); safe-eval issue #27
// expect:  blocked
// layers:  guards isolation
// family:  constructor-climb
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
const k = "cons" + "truct" + "or";
win(input.map[k][k]) ? "escaped" : "contained";
