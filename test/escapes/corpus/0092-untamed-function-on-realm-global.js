// vector:  looks up Function on globalThis by a computed name: with the whitelist off that is the realm global's own, untamed Function
// origin:  SES tame-function-constructors (the global binding and the constructor property must both be tamed); vm2 ATTACKS.md globalThis[...] probe
// expect:  blocked
// layers:  harden isolation
// family:  constructor-climb
// globals: hostFn
// note:    tamed-constructor probing: harden leaves the realm global's Function untamed but the realm refuses code generation from strings
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const F = globalThis["Func" + "tion"];
let won = false;
try { won = win(F("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
won ? "escaped" : "contained";
