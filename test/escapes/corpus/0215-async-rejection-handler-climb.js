// vector:  calls an async host function that rejects with a host TypeError and climbs the rejection reason inside a `.then(onFulfilled, onRejected)` handler: no catch clause, so no catch guard sees the reason
// origin:  vm2 CVE-2023-29199 (exception sanitization skipped for errors reaching async code); vm2 CVE-2023-30547 (host exceptions through handleException)
// expect:  blocked
// layers:  isolation
// family:  async-host-values
// mode:    async
// globals: hostReject
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
const reason = await hostReject().then(() => undefined, (e) => e);
win(functionOf(reason)) ? "escaped" : "contained";
