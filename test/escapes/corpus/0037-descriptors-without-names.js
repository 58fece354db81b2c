// vector:  Object.getOwnPropertyDescriptors of a host function's prototype, then picks the value named Function: no key is ever written
// origin:  vm2 ATTACKS.md descriptor extraction
// expect:  blocked
// layers:  isolation
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
let found;
for (const d of Object.values(Object.getOwnPropertyDescriptors(Reflect.getPrototypeOf(hostFn)))) {
  if (typeof d.value === "function" && d.value.name === "Function") found = d.value;
}
win(found) ? "escaped" : "contained";
