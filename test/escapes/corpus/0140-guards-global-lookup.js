// vector:  looks for the guard functions by name at run time on globalThis, this and the realm's Function-made global, to call or overwrite them
// origin:  vm2 GHSA-2cm2 (globalThis['VM2_INTERNAL...'] internal-state probe); RestrictedPython CVE-2026-55830
// expect:  blocked
// layers:  none
// family:  guard-shadowing
// note:    the guards are lexical parameters of the compiled wrapper and never properties of any object, so nothing finds them whatever the layers (substrate)
const names = ["key", "tick", "catch", "c"].map((n) => "$rf_" + n);
const places = [globalThis, this];
try { places.push((() => 0).constructor("return this")()); } catch (e) { /* tamed */ }
const found = [];
for (const place of places) for (const name of names) {
  if (place !== undefined && place !== null && place[name] !== undefined) found.push(name);
}
let replaced = false;
for (const place of places) {
  try { if (place !== undefined && place !== null && typeof place[names[0]] === "function") { place[names[0]] = (k) => k; replaced = true; } } catch (e) { /* frozen */ }
}
replaced ? "replaced " + found.join() : "none found";
