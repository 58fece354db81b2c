// vector:  the key is stored reversed and rebuilt with split/reverse/join
// origin:  notevil / safe-eval escapes (string manipulation to hide keys); vm2 GHSA-2cm2
// expect:  blocked
// layers:  guards isolation
// family:  obfuscation
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
const k = "rotcurtsnoc".split("").reverse().join("");
win(input.nested.deep[k][k]) ? "escaped" : "contained";
