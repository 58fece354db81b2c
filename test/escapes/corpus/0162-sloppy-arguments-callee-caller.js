// vector:  a function made by the realm Function is sloppy; called back by a sloppy host function, its arguments.callee.caller is that host function
// origin:  vm2 ATTACKS.md caller/callee (arguments.callee.caller walks); RestrictedPython CVE-2023-37271 (frame access)
// expect:  blocked
// layers:  harden isolation
// family:  caller-callee
// globals: hostSloppy
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
let walker;
try { walker = functionOf(() => 0)("return arguments.callee.caller"); } catch (e) { walker = undefined; }
if (walker !== undefined) {
  let caller;
  try { caller = hostSloppy(walker); } catch (e) { caller = undefined; }
  won = win(functionOf(caller));
}
won ? "escaped" : "contained";
