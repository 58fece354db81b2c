// vector:  JSON.parse of a quoted string with \u escapes yields the key: the escapes are data, not source
// origin:  static-eval GHSA-2c5f-9x6g-wxgr; SES censorship bypass via escapes
// expect:  blocked
// layers:  guards isolation
// family:  obfuscation
// globals: hostMake
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = JSON.parse('"\\u0063\\u006f\\u006estructor"');
win(hostMake().made[k][k]) ? "escaped" : "contained";
