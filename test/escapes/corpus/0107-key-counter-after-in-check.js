// vector:  a key whose Symbol.toPrimitive counts calls: harmless for the `in` test that checks it, 'constructor' for the access that uses it
// origin:  vm2 ATTACKS.md key coercion (check-then-use); SandboxJS GHSA-7x3h-rm86-3342
// expect:  blocked
// layers:  guards isolation
// family:  key-coercion
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
let calls = 0;
const key = { [Symbol.toPrimitive]() { calls++; return calls % 2 === 1 ? "name" : "constructor"; } };
let F;
if (key in hostFn) F = hostFn[key];
win(F) ? "escaped" : "contained";
