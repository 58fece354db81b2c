// vector:  Reflect.get(hostFn.call.call, "constructor"): the AngularJS call.call chain, ended by a reflective read with a static key
// origin:  AngularJS 1.x sandbox escapes ('a'.sub.call.call(...)); Jexl issue #142
// expect:  blocked
// layers:  validator isolation
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
win(Reflect.get(hostFn.call.call, "constructor")) ? "escaped" : "contained";
