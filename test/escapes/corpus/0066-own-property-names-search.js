// vector:  finds the key by searching getOwnPropertyNames and reads it with Reflect.get
// origin:  vm2 ATTACKS.md descriptor extraction; SandboxJS audit bypasses
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
const proto = Reflect.getPrototypeOf(hostFn);
const name = Object.getOwnPropertyNames(proto).find((n) => n.length === 11 && n.charCodeAt(0) === 99);
win(name === undefined ? undefined : Reflect.get(proto, name)) ? "escaped" : "contained";
