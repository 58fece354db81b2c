// vector:  replaces Error.prepareStackTrace with Reflect.defineProperty (no key position, no assignment) to receive CallSites from a sloppy host frame
// origin:  vm2 CVE-2023-30547; SES errorTaming
// expect:  blocked
// layers:  none
// family:  errors-stacks
// globals: hostSloppy
// note:    the realm's own formatter is non-writable and non-configurable before guest code runs, in every configuration (substrate)
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
const hook = (error, sites) => { for (const s of sites) { try { if (win(functionOf(s.getFunction()))) won = true; } catch (e) { /* strict frame */ } } return ""; };
const replaced = Reflect.defineProperty(Error, ["prepare", "Stack", "Trace"].join(""), { value: hook, writable: true, configurable: true });
if (replaced) { try { hostSloppy(() => new Error("x").stack); } catch (e) { /* refused */ } }
won ? "escaped" : "contained";
