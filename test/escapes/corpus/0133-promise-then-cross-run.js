// vector:  finds %Promise% (through the realm global, or a realm-compiled async function's result) and replaces Promise.prototype.then for later runs
// origin:  vm2 ATTACKS.md Promise/async escapes (Promise.prototype.then tampering); SES lockdown (hidden intrinsics frozen)
// expect:  blocked
// layers:  harden
// family:  async-promises
// runs:    2
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
function findPromise() {
  const P = globalThis["Pro" + "mise"];
  if (typeof P === "function") return P;
  try { return own(Reflect.getPrototypeOf(functionOf(() => 0)("return (async function () {})()")()), K); } catch (e) { return undefined; }
}
const P = findPromise();
if (P !== undefined) {
  try { Object.defineProperty(P.prototype, "rfLeft", { value: 1 }); } catch (e) { /* frozen */ }
}
"tampered";
// --- run 2 ---
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
function findPromise() {
  const P = globalThis["Pro" + "mise"];
  if (typeof P === "function") return P;
  try { return own(Reflect.getPrototypeOf(functionOf(() => 0)("return (async function () {})()")()), K); } catch (e) { return undefined; }
}
const P = findPromise();
P !== undefined && P.prototype.rfLeft === 1;
