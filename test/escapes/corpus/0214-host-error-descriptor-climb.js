// vector:  catches the TypeError a host function throws and climbs its prototype chain through descriptors only, with no member access the key guard could refuse
// origin:  vm2 CVE-2023-29017 / CVE-2023-32313 (exceptions from host code); expr-eval CVE-2025-12735
// expect:  blocked
// layers:  guards isolation
// family:  errors-stacks
// globals: hostThrow
// note:    the catch guard turns a caught host error into a realm one; the membrane already does it for host functions
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
let caught;
try { hostThrow(); } catch (e) { caught = e; }
win(functionOf(caught)) ? "escaped" : "contained";
