// vector:  in module mode, awaits import() of an offered host module with the specifier assembled at run time, hoping a module-mode loader is behind it
// origin:  SES censorship of import(; vm2 ATTACKS.md dynamic import; vm2 NodeVM require/import escapes
// expect:  blocked
// layers:  none
// family:  modules-import
// mode:    module
// modules: hostLib
// note:    the rewriter refuses import() in module mode too, whatever the layers (substrate), so no loader is ever asked
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
const name = ["host", "Lib"].join("");
let loaded;
try { loaded = await import(name); } catch (e) { loaded = e; }
export const outcome = win(functionOf(loaded)) ? "escaped" : "contained";
