// vector:  Reflect.get(hostFn, "constructor") with a fallback: if the Function it gets cannot reach the host, it compiles a realm-side pollution instead
// origin:  Jexl issue #142 (indirect access reaches constructor); SES tame-function-constructors (a realm Function is an escape of its own)
// expect:  blocked
// layers:  validator
// family:  constructor-climb
// globals: hostFn
// note:    the key is a call argument, which only the validator's static check reads
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const F = Reflect.get(hostFn, "constructor");
let outcome = "contained";
if (win(F)) outcome = "escaped";
else {
  // Only the realm's Function: still an unguarded compiler that can change every later run.
  try { F("Object.prototype.rfPolluted = 1")(); outcome = "polluted"; } catch (e) { /* inert */ }
}
outcome;
