// vector:  the key comes from a getter of an object literal, evaluated only at the moment of access
// origin:  notevil escapes; vm2 ATTACKS.md key coercion (keys that exist only at run time)
// expect:  blocked
// layers:  guards isolation
// family:  obfuscation
// globals: hostFn
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const source = { get key() { return ["c", "onst", "ructor"].join(""); } };
win(hostFn[source.key]) ? "escaped" : "contained";
