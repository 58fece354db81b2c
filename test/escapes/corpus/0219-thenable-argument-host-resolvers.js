// vector:  hands an async host function that awaits its argument a guest thenable: the host's await calls the guest's `then` with the host's own resolving functions, which it climbs
// origin:  vm2 CVE-2023-37466 (Promise handler sanitization bypass); Node issue #3020 (thenables and cross-realm promises)
// expect:  blocked
// layers:  none
// family:  then-hijack
// mode:    async
// globals: hostAwait
// note:    the job that calls a thenable's `then` runs in the realm of that `then`, so the resolving functions the guest receives are realm functions even when the host awaits (ECMA-262 NewPromiseResolveThenableJob): climbing them reaches only the realm's Function, whatever the layers (substrate)
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
const thenable = { then(resolve, reject) { escaped = win(functionOf(resolve)) || win(functionOf(reject)); resolve(1); } };
try { await hostAwait(thenable); } catch (e) { /* refused */ }
escaped ? "escaped" : "contained";
