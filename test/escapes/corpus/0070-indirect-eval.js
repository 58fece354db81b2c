// vector:  (0, eval)(...) compiles an unguarded climb of an endowment
// origin:  SES evalTaming / no-direct-eval; vm2 ATTACKS.md eval
// expect:  blocked
// layers:  validator whitelist harden isolation
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
const climb = (0, eval)("(h) => h.constructor.constructor");
win(climb(hostFn)) ? "escaped" : "contained";
