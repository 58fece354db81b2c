// vector:  super[k] inside an object-literal method whose [[HomeObject]] inherits from an input: super lookups start at the host prototype
// origin:  SandboxJS GHSA-jjpw-65fv-8g48 (object literal __proto__); vm2 transformer blind spots (super property access)
// expect:  blocked
// layers:  validator guards isolation
// family:  parser-differential
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
const k = "con" + "structor";
const o = { __proto__: input.list, find() { return super[k]; } };
let F;
try { F = o.find()[k]; } catch (e) { F = undefined; }
win(F) ? "escaped" : "contained";
