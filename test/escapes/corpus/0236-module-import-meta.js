// vector:  in module mode, where import.meta parses, reads it to learn the host module's URL and resolver
// origin:  SES import.meta censorship; vm2 ATTACKS.md dynamic import
// expect:  blocked
// layers:  none
// family:  modules-import
// mode:    module
// note:    import.meta parses in module mode, but the rewriter refuses MetaProperty whatever the layers (substrate)
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
const meta = import.meta;
export const outcome = win(functionOf(meta)) || win(functionOf(meta && meta.resolve)) ? "escaped" : "contained";
