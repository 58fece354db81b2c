// vector:  input[`con${'struc'}tor`]: a template literal with a substitution as the key
// origin:  static-eval GHSA-2c5f-9x6g-wxgr; vm2 GHSA-2cm2
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
const part = "struc";
win(input[`con${part}tor`][`con${part}tor`]) ? "escaped" : "contained";
