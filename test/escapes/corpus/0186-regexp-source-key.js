// vector:  the key is the source text of a regex literal, /constructor/.source
// origin:  notevil / safe-eval escapes (keys hidden in literals of other kinds)
// expect:  blocked
// layers:  guards isolation
// family:  obfuscation
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
const k = /constructor/.source;
win(input.when[k][k]) ? "escaped" : "contained";
