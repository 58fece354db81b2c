// vector:  a U+2028 LINE SEPARATOR ends a // comment, so the climb after it is code to the engine but looks commented out to a line-based filter
// origin:  SES transforms.js (regex-based source censorship and line terminators); parser differentials in text filters
// expect:  blocked
// layers:  guards isolation
// family:  parser-differential
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
const k = "con" + "structor";
let won = false;
// harmless note won = win(input[k][k]);
won ? "escaped" : "contained";
