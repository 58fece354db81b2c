// vector:  sweeps every member an endowed function offers - own and inherited keys (symbols too), each descriptor's value, getter and setter, and what call, apply, bind and Reflect.apply hand back - and climbs from each
// origin:  expr-eval CVE-2025-12735 (functions in scope); AngularJS 1.x sandbox escapes (fn.call/apply chains); vm2 ATTACKS.md
// expect:  blocked
// layers:  isolation
// family:  host-function-members
// globals: hostFn hostObj
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
const reached = [];
const visit = (v) => { if ((typeof v === "function" || typeof v === "object") && v !== null) reached.push(v); };
for (const start of [hostFn, hostObj.greet]) {
  visit(start);
  for (let p = start; p !== null; p = Reflect.getPrototypeOf(p)) {
    for (const key of Reflect.ownKeys(p)) {
      const d = Reflect.getOwnPropertyDescriptor(p, key);
      if (d) { visit(d.value); visit(d.get); visit(d.set); }
    }
  }
  const bind = Reflect.getOwnPropertyDescriptor(Reflect.getPrototypeOf(start), "bind");
  if (bind && typeof bind.value === "function") visit(Reflect.apply(bind.value, start, [null]));
  try { visit(Reflect.apply(start, null, [start])); } catch (e) { visit(e); }
}
reached.some((v) => win(functionOf(v))) ? "escaped" : "contained";
