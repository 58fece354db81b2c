// vector:  globalThis['ev' + 'al'] finds eval by a computed name
// origin:  SES evalTaming; vm2 ATTACKS.md globalThis[...] probe
// expect:  blocked
// layers:  whitelist harden isolation
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
const ev = globalThis["ev" + "al"];
let won = false;
if (typeof ev === "function") { try { won = win(ev("(h) => h.constructor.constructor")(hostFn)); } catch (e) { won = false; } }
won ? "escaped" : "contained";
