// vector:  climbs hostFn.bind[k][k] to the host Function and asks process.getBuiltinModule for child_process: module loading as the payload
// origin:  Node vm docs escape pattern; vm2 NodeVM builtin allowlist bypasses (require reached from the host realm)
// expect:  blocked
// layers:  guards isolation
// family:  modules-import
// globals: hostFn
const k = ["con", "struc", "tor"].join("");
let won = false;
try {
  const F = hostFn.bind[k];
  const load = F("name", "return typeof process === 'object' && typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule(name) : undefined");
  const cp = load("node:child_process");
  if (cp && typeof cp.execSync === "function") { F("globalThis.__ringfenceCanary = 'escaped'")(); won = true; }
} catch (e) { won = false; }
won ? "escaped" : "contained";
