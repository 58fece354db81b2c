// vector:  arrow.constructor gives the realm Function; code it compiles is not rewritten, so it climbs an endowment unguarded
// origin:  SES confinement tests (Function reached from any function; tame-function-constructors)
// expect:  blocked
// layers:  validator guards harden isolation
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
const RealmFunction = (() => 0).constructor;
const climb = RealmFunction("h", "return h.constructor.constructor");
win(climb(hostFn)) ? "escaped" : "contained";
