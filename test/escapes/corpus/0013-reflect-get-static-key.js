// vector:  Reflect.get(hostFn, 'constructor'): the key is a call argument, not a member access
// origin:  Jexl issue #142 (bracket/indirect access reaches constructor); vm2 ATTACKS.md Reflect
// expect:  blocked
// layers:  validator isolation
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
win(Reflect.get(hostFn, "constructor")) ? "escaped" : "contained";
