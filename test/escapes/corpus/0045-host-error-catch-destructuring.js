// vector:  catch ({ constructor }) destructures the host error in the catch parameter
// origin:  vm2 ATTACKS.md catch instrumentation (destructuring catch params); vm2 CVE-2023-37903
// expect:  blocked
// layers:  validator guards isolation
// globals: hostThrow
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
try { hostThrow(); } catch ({ constructor: ErrorCtor }) { won = win(ErrorCtor.constructor); }
won ? "escaped" : "contained";
