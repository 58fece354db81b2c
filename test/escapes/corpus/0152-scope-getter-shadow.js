// vector:  defines a getter named after an endowment on the guest's global (top-level this), so later runs reading globalThis.hostFn run attacker code
// origin:  SES Compartment globals (endowments must not be redefinable); vm2 ATTACKS.md getter escapes
// expect:  blocked
// layers:  freeze
// family:  endowment-accessors
// globals: hostFn
// runs:    2
try { Object.defineProperty(this, "hostFn", { get() { return "rfLeft"; }, configurable: true, enumerable: true }); } catch (e) { /* frozen */ }
"shadowed";
// --- run 2 ---
const d = Object.getOwnPropertyDescriptor(this, "hostFn");
d !== undefined && typeof d.get === "function";
