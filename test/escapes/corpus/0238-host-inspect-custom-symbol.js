// vector:  hands a host function that logs its argument with util.inspect an object with a custom inspector: Node calls it with the host's options and its own inspect function, which it climbs
// origin:  vm2 CVE-2023-37903 (custom inspect function reached host code); vm2 CVE-2023-32313 (util.inspect on sandbox values)
// expect:  blocked
// layers:  isolation
// family:  callbacks
// globals: hostInspect
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
const custom = Symbol.for(["nodejs", "util", "inspect", "custom"].join("."));
const bait = {};
bait[custom] = function (depth, options, inspect) {
  escaped = [options, inspect, options && own(options, "stylize")].some((v) => win(functionOf(v)));
  return "bait";
};
try { hostInspect(bait); } catch (e) { /* refused */ }
escaped ? "escaped" : "contained";
