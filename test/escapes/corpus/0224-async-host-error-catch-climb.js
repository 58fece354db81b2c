// vector:  awaits an async host function that rejects with a host TypeError inside try/catch and climbs the caught error - and what its descriptors hold - through descriptors only
// origin:  vm2 CVE-2023-29199 (exception sanitization skipped for async functions); vm2 CVE-2023-30547; expr-eval CVE-2025-12735
// expect:  blocked
// layers:  guards isolation
// family:  errors-stacks
// mode:    async
// globals: hostReject
// note:    the catch guard turns a caught host error into a realm one; the membrane already rejects with a realm error
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
try { await hostReject(); } catch (e) { caught = e; }
const reached = [caught];
if (caught !== null && typeof caught === "object") for (const key of Reflect.ownKeys(caught)) { const d = Reflect.getOwnPropertyDescriptor(caught, key); reached.push(d.value, d.get, d.set); }
reached.some((v) => win(functionOf(v))) ? "escaped" : "contained";
