// vector:  `<!--` inside a regex literal and a template literal is not a comment: the climb on the same line runs
// origin:  SES transforms.js HTML comment regex (false positives and negatives inside literals)
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
const k = ["con", "structor"].join("");
let won = false;
if (/<!--/.test(`<!--`)) won = win(input.list[k][k]);
won ? "escaped" : "contained";
