// vector:  catches the TypeError a host function throws and climbs from it
// origin:  vm2 CVE-2023-29017 / CVE-2023-32313 (exceptions from host code); expr-eval CVE-2025-12735
// expect:  blocked
// layers:  guards isolation
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
const k = "con" + "structor";
try { hostThrow(); } catch (e) { won = win(e[k][k]); }
won ? "escaped" : "contained";
