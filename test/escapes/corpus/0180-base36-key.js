// vector:  spells the key from base-36 digits of numbers: (12).toString(36) is "c" and so on
// origin:  JSFuck-style obfuscation (letters from Number.prototype.toString); AngularJS sandbox escapes
// expect:  blocked
// layers:  guards isolation
// family:  obfuscation
// globals: hostObj
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = [12, 24, 23, 28, 29, 27, 30, 12, 29, 24, 27].map((n) => n.toString(36)).join("");
win(hostObj.greet[k]) ? "escaped" : "contained";
