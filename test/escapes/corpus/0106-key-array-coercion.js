// vector:  a one-element array as the key: input.list[[k]] coerces to the string inside it
// origin:  static-eval GHSA-2c5f-9x6g-wxgr (type coercion of the key); vm2 ATTACKS.md key coercion
// expect:  blocked
// layers:  guards isolation
// family:  key-coercion
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
const key = [["con", "structor"].join("")];
win(input.list[key][key]) ? "escaped" : "contained";
