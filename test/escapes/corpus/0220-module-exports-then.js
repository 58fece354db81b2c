// vector:  a module that exports a function named `then`: if its namespace reached the host as it is, the host resolving evaluateAsync's promise with it would call the guest's `then` with the host's resolving functions
// origin:  thenable module namespaces (TC39 dynamic import discussions); vm2 CVE-2023-37466 (Promise handler sanitization bypass)
// expect:  blocked
// layers:  isolation
// family:  then-hijack
// mode:    module
// note:    the program's namespace reaches the run in a one-element array, so no realm adoption calls `then` either; copying out refuses the function (SandboxCopyError), as evaluate does
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
export function then(resolve, reject) {
  win(functionOf(resolve)) || win(functionOf(reject));
  resolve("resolved by the guest");
}
