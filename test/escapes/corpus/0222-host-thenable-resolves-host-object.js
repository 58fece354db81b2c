// vector:  calls the `then` of an object a host function returned, with a guest callback, and awaits the object too: the host's `then` answers with a host object holding a host error; climbs from that
// origin:  vm2 CVE-2023-29017 (host objects through promise resolution); vm2 ATTACKS.md thenables
// expect:  blocked
// layers:  isolation
// family:  then-hijack
// mode:    async
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
let value;
const thenable = hostThenable();
try { thenable.then((v) => { value = v; }); } catch (e) { value = e; }
if (value === undefined) { try { value = await thenable; } catch (e) { value = e; } }
const err = value !== null && typeof value === "object" ? own(value, "err") : undefined;
[value, err].some((v) => win(functionOf(v))) ? "escaped" : "contained";
