// vector:  arguments.callee.caller from guest functions to find a host caller
// origin:  vm2 ATTACKS.md caller/callee; classic arguments.callee.caller walk
// expect:  blocked
// layers:  none
// globals: hostSloppy
// note:    the compiled program is strict: callee and caller of guest functions throw whatever the layers (substrate)
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
function spy() {
  let fn = arguments.callee;
  for (let i = 0; i < 10 && fn; i++) { if (win(functionOf(fn))) won = true; fn = fn.caller; }
}
try { hostSloppy(spy); } catch (e) { /* refused */ }
won ? "escaped" : "contained";
