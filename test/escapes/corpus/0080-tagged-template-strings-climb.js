// vector:  the frozen strings array a tag function receives is an array like any other: strings[k][k] is the realm Function
// origin:  JSFuck / AngularJS escapes (template and array objects as climbing starts); SES get-anonymous-intrinsics
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
const k = "constr" + "uctor";
const tag = (strings) => strings;
let won = false;
try { won = win(tag`a${1}b`[k][k]("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
won ? "escaped" : "contained";
