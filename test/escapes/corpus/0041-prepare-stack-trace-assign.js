// vector:  assigns Error.prepareStackTrace (statically and with a computed key) to receive CallSites
// origin:  vm2 CVE-2023-30547 and the prepareStackTrace-via-Array.fromAsync advisory; SES errorTaming
// expect:  blocked
// layers:  none
// globals: hostSloppy
// note:    the realm's own stack formatter is installed non-writable and non-configurable before guest code runs, whatever the layers (substrate)
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
const hook = (error, sites) => { for (const s of sites) if (win(functionOf(s.getFunction()))) won = true; return ""; };
try { Error.prepareStackTrace = hook; } catch (e) { /* refused */ }
try { Error["prepare" + "StackTrace"] = hook; } catch (e) { /* refused */ }
try { hostSloppy(() => new Error("x").stack); } catch (e) { /* refused */ }
won ? "escaped" : "contained";
