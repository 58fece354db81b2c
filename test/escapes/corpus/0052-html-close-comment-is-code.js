// vector:  `a --> b` mid-line looks like an HTML comment but is `a-- > b`: the climb after it is real code
// origin:  SES transforms.js HTML comment regex (misreadings of --> and <!--)
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
let countdown = 1;
const k = ["con", "structor"].join("");
let won = false;
if (countdown --> 0) won = win(input[k][k]);
won ? "escaped" : "contained";
