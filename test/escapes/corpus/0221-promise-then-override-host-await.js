// vector:  replaces Promise.prototype.then in the realm, then hands an async host function that awaits its argument a realm promise: the host's await calls the replaced `then` with host resolving functions
// origin:  vm2 CVE-2023-37466 (Promise.prototype.then overridden to reach host callbacks); SES harden (shared prototype poisoning)
// expect:  blocked
// layers:  harden
// family:  then-hijack
// mode:    async
// globals: hostAwait
// note:    the host's await runs the replaced `then` in the realm, with realm resolving functions (see 0219), so what it wins without hardening is a poisoned realm for later runs
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
let escaped = false;
const original = Promise.prototype.then;
try {
  Promise.prototype.then = function (onFulfilled, onRejected) {
    if (!escaped) escaped = win(functionOf(onFulfilled)) || win(functionOf(onRejected));
    return Reflect.apply(original, this, [onFulfilled, onRejected]);
  };
} catch (e) { /* frozen */ }
try { await hostAwait(Promise.resolve(1)); } catch (e) { /* refused */ }
escaped ? "escaped" : "contained";
