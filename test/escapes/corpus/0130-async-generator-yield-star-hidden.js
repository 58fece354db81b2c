// vector:  async syntax is refused, so it compiles an async generator through the realm Function; its body's yield* drives a sync iterator whose next() climbs an endowment synchronously
// origin:  vm2 CVE-2026-45411 (yield* in async generators); SES get-anonymous-intrinsics (%AsyncGeneratorFunction%)
// expect:  blocked
// layers:  harden isolation
// family:  async-promises
// globals: hostFn
// note:    nothing here rejects, so no unhandled rejection can outlive the run
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
let won = false;
const RealmFunction = functionOf(() => 0);
let makeGenerator;
try { makeGenerator = RealmFunction("return async function* (h, w, it) { try { yield* { [it]() { return { next() { w(h.constructor.constructor); return { done: true, value: 0 }; } }; } }; } catch (e) { /* keep the promise fulfilled */ } }")(); } catch (e) { makeGenerator = undefined; }
if (makeGenerator !== undefined) {
  try { makeGenerator(hostFn, (F) => { won = win(F); }, Symbol.iterator).next(); } catch (e) { /* refused */ }
}
won ? "escaped" : "contained";
