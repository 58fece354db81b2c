// vector:  a class's computed [k] is Function; compiled helper climbs an endowment
// origin:  SES tame-function-constructors (classes are functions too); vm2 ATTACKS.md constructor chains
// expect:  blocked
// layers:  guards harden isolation
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
class Shape {}
const k = ["con", "structor"].join("");
const RealmFunction = Shape[k];
win(RealmFunction("h", "return h.constructor.constructor")(hostFn)) ? "escaped" : "contained";
