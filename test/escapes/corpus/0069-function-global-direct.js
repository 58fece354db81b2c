// vector:  Function(...) compiles a helper that climbs an endowment (no constructor key needed: Function is a permitted builtin)
// origin:  SES tame-function-constructors (Function must be tamed, not hidden)
// expect:  blocked
// layers:  harden isolation
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
let won = false;
try { won = win(Function("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
won ? "escaped" : "contained";
