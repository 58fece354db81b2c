// vector:  run 1 hands a host function that keeps callbacks a closure over run 1's state; in run 2 the host calls that kept callback (with a host object), and run 2 sees what it returns
// origin:  vm2 ATTACKS.md (guest functions kept by the host); SES (closures that outlive their compartment's turn); vm2 issue #533 (callbacks run after the timeout)
// expect:  blocked
// layers:  isolation
// family:  callbacks
// globals: hostKeep
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
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
let calls = 0;
hostKeep((arg) => {
  calls += 1;
  const err = arg !== null && typeof arg === "object" ? own(arg, "err") : undefined;
  win(functionOf(arg)) || win(functionOf(err));
  return "rfLeft: run 1 ran " + calls;
});
"kept";
// --- run 2 ---
let got;
try { got = hostKeep(() => "run 2"); } catch (e) { got = "refused"; }
typeof got === "string" && got.startsWith("rfLeft");
