// vector:  a guest callback throws a Proxy whose getOwnPropertyDescriptor trap throws a guest object carrying a function; if the host's conversion of the thrown value runs the trap, the host catches a realm object, hands it to the guest's error handler, and the function inside is wrapped as a host function that receives host arrays
// origin:  vm2 CVE-2023-37466 / CVE-2023-37903 (Proxy traps run by host code on guest-thrown values); red team of ringfence issue 5 (callbacks, F1)
// expect:  blocked
// layers:  isolation
// family:  callbacks
// globals: hostRecover
// Climb from any value to its realm's Function constructor through property descriptors only.
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
const carrier = { f(hostList) { escaped = win(functionOf(hostList)) || escaped; return 1; } };
const trapped = new Proxy({}, { getOwnPropertyDescriptor() { throw carrier; }, get() { throw carrier; } });
try {
  hostRecover(() => { throw trapped; }, (error) => {
    // Nothing converted what the host caught (no membrane): the host function itself is within reach.
    if (error === trapped) escaped = win(functionOf(hostRecover)) || escaped;
    else if (error !== null && typeof error === "object" && typeof own(error, "f") === "function") own(error, "f")([1]);
    return 0;
  });
} catch (e) { /* refused */ }
escaped ? "escaped" : "contained";
