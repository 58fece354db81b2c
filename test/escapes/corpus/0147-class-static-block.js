// vector:  a class static block: `this` is the class, this[k] is the realm Function, which compiles an unguarded climb of an endowment
// origin:  vm2 GHSA (post-ES2022 syntax as transformer blind spot); SES tame-function-constructors
// expect:  blocked
// layers:  guards harden isolation
// family:  parser-differential
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
const k = "con" + "structor";
let won = false;
class Probe {
  static {
    try { won = win(this[k]("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
  }
}
won ? "escaped" : "contained";
