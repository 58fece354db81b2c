// vector:  awaits an async function from an imported host namespace and climbs from the fulfilment value and its nested data
// origin:  vm2 CVE-2023-29017 (host values through promise results); NodeVM builtin module escapes
// expect:  blocked
// layers:  isolation
// family:  module-namespaces
// mode:    module
// modules: hostLib
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
import { load } from "hostLib";
let value;
try { value = await load(); } catch (e) { value = e; }
const loaded = value !== null && typeof value === "object" ? own(value, "loaded") : undefined;
export const outcome = [value, loaded].some((v) => win(functionOf(v))) ? "escaped" : "contained";
