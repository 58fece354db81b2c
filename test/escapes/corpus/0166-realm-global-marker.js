// vector:  writes a marker on globalThis only when it is the realm's own global object (it has a prototype; the guest's stand-in has none), for later runs to find
// origin:  vm2 ATTACKS.md globalThis[...] internal-state probe; SES Compartment globals
// expect:  blocked
// layers:  whitelist
// family:  cross-run-state
// runs:    2
const G = globalThis;
if (Reflect.getPrototypeOf(G) !== null) { try { G.rfLeft = 1; } catch (e) { /* frozen */ } }
"probed";
// --- run 2 ---
globalThis.rfLeft === 1;
