// vector:  the apply trap's host-made arguments array, climbed with a computed key
// origin:  vm2 ATTACKS.md proxy traps; vm2 GHSA-2cm2 dynamic keys
// expect:  blocked
// layers:  guards isolation
// globals: hostSloppy
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
const k = ["con", "structor"].join("");
const trap = new Proxy(function () {}, { apply(target, self, args) { won = win(args[k][k]); return 0; } });
try { hostSloppy(trap); } catch (e) { /* refused */ }
won ? "escaped" : "contained";
