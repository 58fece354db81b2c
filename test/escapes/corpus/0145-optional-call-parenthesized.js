// vector:  (hostFn?.[k])?.[k]: optional chains in parentheses around computed keys, where a rewriter could drop the guard or the parentheses
// origin:  vm2 GHSA (transformer blind spots for optional chaining); astring precedence of ChainExpression
// expect:  blocked
// layers:  guards isolation
// family:  parser-differential
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
const k = "con" + "struc" + "tor";
let F;
try { F = (hostFn?.[k])?.[k]; } catch (e) { F = undefined; }
win(F) ? "escaped" : "contained";
