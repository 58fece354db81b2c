// vector:  calls an async host function: gets a host Promise (isolation off) or the host SandboxCopyError thrown by copy-in (isolation on), and climbs from either
// origin:  vm2 ATTACKS.md Promise/async escapes (CVE-2026-22709); expr-eval CVE-2025-12735
// expect:  blocked
// layers:  isolation
// globals: hostAsync
// note:    the membrane converts everything that goes wrong in a host function call, copy-in of its result included, into a realm error; guards alone leave the raw host Promise
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
try { p = hostAsync(); } catch (e) { won = win(functionOf(e)); }
if (!won && p !== undefined) won = win(functionOf(p));
won ? "escaped" : "contained";
