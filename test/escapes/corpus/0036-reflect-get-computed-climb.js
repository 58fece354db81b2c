// vector:  Reflect.get(Reflect.get(input, k), k) with k computed: no member access at all
// origin:  vm2 ATTACKS.md Reflect; Jexl issue #142
// expect:  blocked
// layers:  isolation
// inputs:  input
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = ["con", "struc", "tor"].join("");
win(Reflect.get(Reflect.get(input, k), k)) ? "escaped" : "contained";
