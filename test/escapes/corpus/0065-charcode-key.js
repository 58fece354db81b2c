// vector:  builds the key from String.fromCharCode and climbs a nested host object
// origin:  notevil / safe-eval escapes (keys from character codes)
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
const key = String.fromCharCode(99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114);
win(input.nested[key][key]) ? "escaped" : "contained";
