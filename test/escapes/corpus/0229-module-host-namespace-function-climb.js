// vector:  imports a host module's namespace and climbs from each of its members - a function, an async function, nested data - and from the namespace object itself
// origin:  vm2 CVE-2023-29017 / NodeVM builtin module escapes (host modules handed to the sandbox); expr-eval CVE-2025-12735
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
import * as lib from "hostLib";
import { greet, load, settings } from "hostLib";
const reached = [lib, greet, load, settings];
for (const key of Reflect.ownKeys(lib)) { const d = Reflect.getOwnPropertyDescriptor(lib, key); reached.push(d.value, d.get); }
export const outcome = reached.some((v) => win(functionOf(v))) ? "escaped" : "contained";
