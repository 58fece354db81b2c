// vector:  builds a new promise with the constructor behind an async endowment's host Promise: the executor receives host resolve/reject functions, and climbs them
// origin:  vm2 ATTACKS.md Promise/async escapes (CVE-2026-22709); vm2 CVE-2022-36067
// expect:  blocked
// layers:  isolation
// family:  async-promises
// globals: hostAsync
// note:    the executor runs synchronously, so no promise job is needed
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
let won = false;
let p;
try { p = hostAsync(); } catch (e) { p = undefined; }
if (p !== undefined) {
  const HostPromise = own(Reflect.getPrototypeOf(p), K);
  try { new HostPromise((resolve, reject) => { won = win(functionOf(resolve)) || win(functionOf(reject)); resolve(0); }); } catch (e) { /* refused */ }
}
won ? "escaped" : "contained";
