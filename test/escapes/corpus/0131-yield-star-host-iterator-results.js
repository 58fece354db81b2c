// vector:  a generator's yield* hands the delegate's own result objects to the caller: delegating to a host array's iterator yields host-made {value, done} objects
// origin:  vm2 CVE-2026-45411 (yield* passes through what the inner iterator returns); vm2 ATTACKS.md generator escapes
// expect:  blocked
// layers:  isolation
// family:  async-promises
// inputs:  input
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
function* relay(source) { yield* source; }
const step = relay(input.list).next();
win(functionOf(step)) ? "escaped" : "contained";
