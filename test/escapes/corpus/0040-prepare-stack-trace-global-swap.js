// vector:  through the realm Function, replaces the realm global's Error with a fake whose prepareStackTrace Node calls with CallSites; a sloppy host frame's getFunction() is a host function
// origin:  vm2 CVE-2023-30547 / ATTACKS.md prepareStackTrace (Node reads globalThis.Error.prepareStackTrace of the error's realm)
// expect:  blocked
// layers:  harden isolation
// globals: hostSloppy
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
let result = "contained";
const RealmFunction = functionOf(() => 0);
let realmGlobal;
try { realmGlobal = RealmFunction("return this")(); } catch (e) { realmGlobal = undefined; }
if (realmGlobal !== undefined) {
  const RealmError = realmGlobal.Error || Error;
  const hook = (error, sites) => {
    for (const site of sites) { const fn = site.getFunction(); if (typeof fn === "function" && win(functionOf(fn))) result = "escaped"; }
    return "formatted";
  };
  const fake = {};
  Object.defineProperty(fake, ["prepare", "Stack", "Trace"].join(""), { value: hook });
  const saved = Object.getOwnPropertyDescriptor(realmGlobal, "Error");
  Object.defineProperty(realmGlobal, "Error", { value: fake, configurable: true, writable: true });
  // A sloppy function (made by the realm Function) keeps the frames below it visible to getFunction().
  const sloppy = RealmFunction("E", "return function () { return new E('x').stack; }")(RealmError);
  try { hostSloppy(sloppy); } catch (e) { /* refused */ }
  if (saved) Object.defineProperty(realmGlobal, "Error", saved); else delete realmGlobal.Error;
}
result;
