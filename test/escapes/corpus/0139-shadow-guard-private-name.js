// vector:  a class private name #$rf_key and a destructuring shorthand binding $rf_catch, positions a name check might skip
// origin:  RestrictedPython CVE-2026-55830 (binding positions the checker missed); vm2 GHSA-wp5r
// expect:  blocked
// layers:  none
// family:  guard-shadowing
// globals: hostThrow
// note:    reserved-prefix identifiers, private names included, are refused by the rewriter whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
class Holder { #$rf_key = 1; read() { return this.#$rf_key; } }
const { $rf_catch } = { $rf_catch: (e) => e };
let won = false;
const k = "con" + "structor";
try { hostThrow(); } catch (e) { won = win($rf_catch(e)[k][k]); }
won ? "escaped" : "contained";
