// vector:  overflows the stack inside host code (an endowment's host side, host JSON.stringify) and catches the host RangeError
// origin:  vm2 CVE-2023-29199 / CVE-2023-37466 (host exceptions caught in the sandbox); vm2 ATTACKS.md error objects
// expect:  blocked
// layers:  guards isolation
// globals: hostFn hostJson
// Climb from any value to its realm's Function constructor through property descriptors only:
// no member expression names a forbidden key, so neither the validator nor the key guard sees one.
const K = ["con", "struc", "tor"].join("");
const own = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d === undefined ? undefined : d.value; };
function functionOf(x) {
  for (let p = x; (typeof p === "object" || typeof p === "function") && p !== null; p = Reflect.getPrototypeOf(p)) {
    const c = own(p, K);
    if (typeof c === "function") { const F = own(Reflect.getPrototypeOf(c), K); if (typeof F === "function") return F; }
  }
  return undefined;
}
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
let found = null;
const isForeign = (e) => e !== null && typeof e === "object" && !(e instanceof Error);
let deep = 0;
for (let i = 0; i < 50000; i++) deep = { d: deep };
try { hostJson(deep); } catch (e) { if (isForeign(e)) found = e; }
let levels = 0;
function dive(n) {
  try { dive(n + 1); } catch (e) { if (found === null && isForeign(e)) found = e; }
  // Unwinding one frame at a time: somewhere the host side of the call no longer fits.
  if (found === null && levels++ < 400) { try { hostFn(n); } catch (e) { if (found === null && isForeign(e)) found = e; } }
}
if (found === null) dive(0);
found !== null && win(functionOf(found)) ? "escaped" : "contained";
