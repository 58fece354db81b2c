// vector:  a key whose toString returns an object, so ToPrimitive falls back to valueOf, which answers 'constructor'
// origin:  static-eval GHSA-2c5f-9x6g-wxgr; vm2 ATTACKS.md key coercion (OrdinaryToPrimitive fallbacks)
// expect:  blocked
// layers:  guards isolation
// family:  key-coercion
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
const key = { toString() { return {}; }, valueOf() { return "constr" + "uctor"; } };
win(input.err[key][key]) ? "escaped" : "contained";
