// vector:  takes the key from Object.keys of an object literal that spells it as a property name
// origin:  notevil escapes (keys recovered from other objects); SandboxJS audit bypasses
// expect:  blocked
// layers:  validator guards isolation
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
let k;
try { k = Object.keys({ constructor: 0 })[0]; } catch (e) { k = ["con", "structor"].join(""); }
win(input.list[k][k]) ? "escaped" : "contained";
