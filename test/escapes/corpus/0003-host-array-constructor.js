// vector:  climbs from a host array held in an input, key built by string concatenation
// origin:  safe-eval issue #27 / notevil escapes: any host object leads to the host Function
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
const c = "con" + "struc" + "tor";
const list = input.list;
win(list[c][c]) ? "escaped" : "contained";
