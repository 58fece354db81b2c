// vector:  swaps the realm global's Error for a fake whose prepareStackTrace Node calls for every realm error, and undoes the swap when the hook does not fire
// origin:  vm2 CVE-2023-30547 / ATTACKS.md prepareStackTrace (Node reads globalThis.Error.prepareStackTrace of the error's realm); vm2 globalThis[...] internal-state probe
// expect:  blocked
// layers:  whitelist
// family:  errors-stacks
// note:    the hook stays installed only where `globalThis` is the realm's own global object, so the guest's later errors - and the host's formatting of them - run guest code
const RealmError = Error;
const G = globalThis;
const hookKey = ["prepare", "Stack", "Trace"].join("");
let fired = false;
const fake = {};
Object.defineProperty(fake, hookKey, { value: (error, sites) => { fired = true; return "hooked"; } });
const saved = Object.getOwnPropertyDescriptor(G, "Error");
let outcome = "contained";
try {
  Object.defineProperty(G, "Error", { value: fake, writable: true, configurable: true, enumerable: false });
  const probe = new RealmError("probe").stack;
  if (fired && probe === "hooked") outcome = "hooked";
  else if (saved) Object.defineProperty(G, "Error", saved);
} catch (e) { /* frozen */ }
outcome;
