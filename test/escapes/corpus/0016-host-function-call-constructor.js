// vector:  fn.call.constructor: climbs through Function.prototype.call of a host function
// origin:  AngularJS 1.x sandbox escapes (fn.call.call / constructor chains); vm2 ATTACKS.md
// expect:  blocked
// layers:  validator guards isolation
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
win(hostFn.call.constructor) ? "escaped" : "contained";
