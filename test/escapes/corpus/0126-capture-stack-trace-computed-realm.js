// vector:  Error[k](Array.prototype) with k computed: captureStackTrace writes a stack property onto a shared intrinsic
// origin:  vm2 ATTACKS.md error objects (captureStackTrace on foreign objects); SES permits remove captureStackTrace
// expect:  blocked
// layers:  guards harden
// family:  errors-stacks
// runs:    2
const k = ["capture", "Stack", "Trace"].join("");
try { Error[k](Array.prototype); } catch (e) { /* refused */ }
"captured";
// --- run 2 ---
Object.hasOwn(Array.prototype, "stack");
