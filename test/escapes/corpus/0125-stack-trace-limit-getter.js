// vector:  turns Error.stackTraceLimit into a getter, so V8 runs guest code every time the realm creates an error - the guards' and the membrane's included
// origin:  SES errorTaming (stackTraceLimit); vm2 ATTACKS.md error objects
// expect:  blocked
// layers:  harden
// family:  errors-stacks
// runs:    2
let reads = 0;
try { Object.defineProperty(Error, "stackTraceLimit", { get() { reads++; return 10; }, set(v) { /* ignore */ }, configurable: true }); } catch (e) { /* frozen */ }
"planted";
// --- run 2 ---
const d = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
d !== undefined && typeof d.get === "function";
