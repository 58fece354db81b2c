// vector:  one nested destructuring pattern with computed keys and defaults does the whole climb: const { [k]: { [k]: F = null } = {} } = input.list
// origin:  SandboxJS GHSA-ww7g-4gwx-m7wj (destructuring reaches constructor); vm2 transformer blind spots
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
const k = ["co", "nst", "ruc", "tor"].join("");
const { [k]: { [k]: F = null } = {} } = input.list;
win(F) ? "escaped" : "contained";
