// vector:  climbs from a builtin method ([].map) to the realm Function and compiles an unguarded climb of a host input
// origin:  AngularJS sandbox escapes ('a'.sub.call.call ...); SES confinement tests
// expect:  blocked
// layers:  guards harden isolation
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
const k = "cons" + "tructor";
const RealmFunction = [].map[k];
const climb = RealmFunction("o", "return o.constructor.constructor");
win(climb(input)) ? "escaped" : "contained";
