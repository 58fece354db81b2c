// vector:  computed destructuring keys from an object whose toString spells constructor
// origin:  SandboxJS GHSA-ww7g-4gwx-m7wj (destructuring keys); key coercion
// expect:  blocked
// layers:  guards isolation
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
const key = { valueOf() { return "x"; }, toString() { return "con" + "structor"; } };
const { [key]: ArrayCtor } = input.list;
const { [key]: F } = ArrayCtor;
win(F) ? "escaped" : "contained";
