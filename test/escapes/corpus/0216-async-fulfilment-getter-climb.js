// vector:  awaits an async host function's fulfilment value - a host object with a getter, a method and nested data - and climbs from the object, its getter function (read through its descriptor), its method and its nested array
// origin:  expr-eval CVE-2025-12735 (host values in scope); vm2 ATTACKS.md (values returned through the bridge); vm2 CVE-2023-37466 (promise results)
// expect:  blocked
// layers:  isolation
// family:  async-host-values
// mode:    async
// globals: hostAsyncObj
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
const value = await hostAsyncObj();
const reached = [value];
for (const key of Reflect.ownKeys(value)) {
  const d = Reflect.getOwnPropertyDescriptor(value, key);
  reached.push(d.value, d.get, d.set);
}
const nested = own(value, "nested");
if (nested) reached.push(own(nested, "list"));
reached.some((v) => win(functionOf(v))) ? "escaped" : "contained";
