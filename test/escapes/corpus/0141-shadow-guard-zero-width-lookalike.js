// vector:  declares $rf\u200d_key (a zero-width joiner inside the name) hoping a prefix check and the engine disagree about what the name is
// origin:  RestrictedPython CVE-2026-55830; SES censorship bypass via look-alike identifiers
// expect:  blocked
// layers:  guards isolation
// family:  guard-shadowing
// inputs:  input
// note:    the look-alike is a different name, so it shadows nothing and the climb meets the real guard
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const $rf\u200d_key = (k) => k;
const k = "con" + "structor";
win(input[k][k]) ? "escaped" : "contained";
