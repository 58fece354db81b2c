// vector:  a key object whose toString answers a harmless name first and 'constructor' afterwards
// origin:  vm2 ATTACKS.md key coercion (check-then-use on a key converted twice); static-eval GHSA-2c5f-9x6g-wxgr
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
let calls = 0;
const flip = { toString() { calls++; return calls === 1 ? "length" : "constructor"; } };
const steady = { toString() { return "construc" + "tor"; } };
let F = input.list[flip];
if (typeof F !== "function") F = input.list[steady];
win(F[steady]) ? "escaped" : "contained";
