// vector:  decodeURIComponent("%63%6fnstructor") produces the key at run time
// origin:  safe-eval / notevil escapes (keys from decoding functions); static-eval GHSA-2c5f-9x6g-wxgr
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
const k = decodeURIComponent("%63%6fnstructor");
win(input.re[k][k]) ? "escaped" : "contained";
