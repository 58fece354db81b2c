// vector:  climbs from a symbol primitive: Symbol()[k] is Symbol, Symbol[k] is the realm Function, which compiles an unguarded climb of an endowment
// origin:  AngularJS sandbox escapes (primitives box to objects whose constructors lead to Function); SES get-anonymous-intrinsics
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
const k = ["const", "ructor"].join("");
let won = false;
try { won = win(Symbol("s")[k][k]("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
won ? "escaped" : "contained";
