// vector:  climbs from a Map iterator (a hidden %MapIteratorPrototype% object) through descriptors to the realm Function
// origin:  SES get-anonymous-intrinsics (iterator prototypes); vm2 ATTACKS.md constructor chains
// expect:  blocked
// layers:  harden isolation
// family:  constructor-climb
// globals: hostFn
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
const iterator = new Map([[1, 2]]).entries();
let won = false;
try { won = win(functionOf(iterator)("h", "return h.constructor.constructor")(hostFn)); } catch (e) { won = false; }
won ? "escaped" : "contained";
