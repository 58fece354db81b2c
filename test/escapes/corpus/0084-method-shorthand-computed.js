// vector:  a method defined with shorthand syntax: ({ m() {} }).m[k] is the realm Function
// origin:  AngularJS sandbox escapes (methods as climbing starts); SES tame-function-constructors
// expect:  blocked
// layers:  guards harden isolation
// family:  constructor-climb
// globals: hostFn
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = ["c", "o", "n", "s", "t", "r", "u", "c", "t", "o", "r"].join("");
const o = { m() { return 0; } };
let won = false;
try { won = win(o.m[k]("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
won ? "escaped" : "contained";
