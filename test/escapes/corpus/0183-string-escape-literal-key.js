// vector:  a string literal with escapes, "\u0063onstr\x75ctor", as a computed key
// origin:  SES censorship bypasses via escapes; vm2 GHSA-wp5r (escaped spellings)
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
win(input.list["\u0063onstr\x75ctor"]["\u0063onstr\x75ctor"]) ? "escaped" : "contained";
