// vector:  hands a host function a guest callback that the host keeps and calls from a timer after the run is over, with a host object; the callback climbs it, outside any budget
// origin:  vm2 issue #533 and CVE-2023-37466 (guest code run by host callbacks after the sandbox returned); SES (callbacks outliving a compartment's turn)
// expect:  blocked
// layers:  none
// family:  callbacks
// globals: hostDefer
// note:    a guest function called after its run ends at its first guard: the run-over check is not part of a layer, so even with every layer off the late call throws (substrate); with isolation the membrane refuses it before that
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
hostDefer((arg) => {
  const err = arg !== null && typeof arg === "object" ? own(arg, "err") : undefined;
  return win(functionOf(arg)) || win(functionOf(err));
});
"deferred";
