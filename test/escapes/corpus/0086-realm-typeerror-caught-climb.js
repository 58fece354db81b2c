// vector:  catches the TypeError the engine throws for null.x, climbs it to the realm Function and compiles an unguarded climb of an endowment
// origin:  vm2 ATTACKS.md error objects (engine-made errors are realm objects with constructors); RestrictedPython CVE-2024-47532
// expect:  blocked
// layers:  guards harden isolation
// family:  constructor-climb
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
const k = ["cons", "tructor"].join("");
let won = false;
try {
  const nothing = null;
  nothing.x;
} catch (e) {
  try { won = win(e[k][k]("h", "return h.constructor.constructor")(hostFn)); } catch (e2) { won = false; }
}
won ? "escaped" : "contained";
