// vector:  calls an endowment with a 400-level argument at every depth while unwinding from a stack overflow, so copying or serialising the argument runs out of stack inside host code
// origin:  vm2 CVE-2023-29199 / CVE-2023-37466 (host exceptions at the stack edge); 0075 (host work during a guest call at the stack edge)
// expect:  blocked
// layers:  guards isolation
// family:  resource-edge
// globals: hostJson
// note:    the host RangeError may come from the membrane's copy (isolation on) or from the host's JSON.stringify (isolation off)
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
const isForeign = (e) => e !== null && typeof e === "object" && !(e instanceof Error);
let arg = 0;
for (let i = 0; i < 400; i++) arg = [arg];
let found = null;
let levels = 0;
function dive() {
  try { dive(); } catch (e) { if (found === null && isForeign(e)) found = e; }
  if (found === null && levels++ < 300) {
    try { hostJson(arg); } catch (e) { if (found === null && isForeign(e)) found = e; }
  }
}
dive();
found !== null && win(functionOf(found)) ? "escaped" : "contained";
