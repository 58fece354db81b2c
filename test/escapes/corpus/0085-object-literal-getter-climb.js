// vector:  takes the getter function of an object literal's accessor through getOwnPropertyDescriptor and climbs it to the realm Function
// origin:  vm2 ATTACKS.md getter escapes; SandboxJS GHSA-66h4-qj4x-38xp (accessor functions)
// expect:  blocked
// layers:  harden isolation
// family:  constructor-climb
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
const holder = { get value() { return 1; }, set value(v) { /* ignored */ } };
const { get, set } = Object.getOwnPropertyDescriptor(holder, "value");
let won = false;
for (const fn of [get, set]) {
  try { if (win(functionOf(fn)("h", "return h.constructor.constructor")(hostFn))) won = true; } catch (e) { /* inert */ }
}
won ? "escaped" : "contained";
