// vector:  const { constructor: F } = hostFn
// origin:  SandboxJS GHSA-ww7g-4gwx-m7wj (destructuring reaches constructor)
// expect:  blocked
// layers:  validator guards isolation
// globals: hostFn
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const { constructor: F } = hostFn;
win(F) ? "escaped" : "contained";
