// vector:  hostFn.apply[k]: climbs through Function.prototype.apply of an endowment with a computed key
// origin:  AngularJS 1.x sandbox escapes (fn.call/apply chains); vm2 ATTACKS.md
// expect:  blocked
// layers:  guards isolation
// family:  host-function-members
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
const k = "constr".concat("uctor");
win(hostFn.apply[k]) ? "escaped" : "contained";
