// vector:  reads the getter of an object a host function returned through its descriptor (not by reading the property), climbs from the getter function, from each value it returns and from the object's `then` method
// origin:  vm2 ATTACKS.md (host getters reached through the bridge); expr-eval CVE-2025-12735; SES (accessors on shared objects)
// expect:  blocked
// layers:  isolation
// family:  host-result-getters
// globals: hostThenable
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
const result = hostThenable();
const d = Reflect.getOwnPropertyDescriptor(result, "value") ?? {};
const reached = [result, d.get, d.value, own(result, "then")];
if (typeof d.get === "function") { const first = Reflect.apply(d.get, result, []); reached.push(first, own(first, "at")); }
const read = result.value;
reached.push(read, read === undefined ? undefined : own(read, "at"));
reached.some((v) => win(functionOf(v))) ? "escaped" : "contained";
