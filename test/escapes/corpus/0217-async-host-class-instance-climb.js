// vector:  awaits an async host function that resolves to an instance of a host class and climbs from the instance: its prototype's constructor is the host class, whose constructor is the host's Function
// origin:  vm2 CVE-2023-29017 (host objects reaching the sandbox through promise results); SandboxJS prototype-climb advisories (GHSA-58jh-xv4v-pcx4)
// expect:  blocked
// layers:  isolation
// family:  async-host-values
// mode:    async
// globals: hostAsyncInstance
// Climb from any value to its realm's Function constructor through property descriptors only:
// no member expression names a forbidden key, so neither the validator nor the key guard sees one.
const K = ["con", "struc", "tor"].join("");
const own = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d === undefined ? undefined : d.value; };
function functionOf(x) {
  for (let p = x; (typeof p === "object" || typeof p === "function") && p !== null; p = Reflect.getPrototypeOf(p)) {
    const c = own(p, K);
    if (typeof c === "function") { const F = own(Reflect.getPrototypeOf(c), K); if (typeof F === "function") return F; }
  }
  return undefined;
}
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const record = await hostAsyncInstance();
const proto = Reflect.getPrototypeOf(record);
const methods = proto === null ? [] : Reflect.ownKeys(proto).map((k) => own(proto, k));
[record, proto, ...methods].some((v) => win(functionOf(v))) ? "escaped" : "contained";
