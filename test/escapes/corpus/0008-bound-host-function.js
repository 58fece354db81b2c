// vector:  binds an endowed host function and climbs from the bound function
// origin:  vm2 ATTACKS.md (bound functions keep the target's realm); SandboxJS GHSA-58jh-xv4v-pcx4
// expect:  blocked
// layers:  guards isolation
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
const bound = hostFn.bind(null, 1);
const key = ["con", "structor"].join("");
win(bound[key]) ? "escaped" : "contained";
