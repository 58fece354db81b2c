// vector:  Reflect.construct(Object, [], proxy) where the proxy's get trap answers hostFn.prototype for "prototype": the object the builtin makes inherits from the host
// origin:  vm2 ATTACKS.md proxy traps (traps feeding builtins); vm2 CVE-2023-32314
// expect:  blocked
// layers:  isolation
// family:  proxy-reflect
// globals: hostFn
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
const newTarget = new Proxy(function () {}, { get(target, key) { return key === "prototype" ? hostFn.prototype : Reflect.get(target, key); } });
let made;
try { made = Reflect.construct(Object, [], newTarget); } catch (e) { made = undefined; }
win(functionOf(made)) ? "escaped" : "contained";
