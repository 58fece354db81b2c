// vector:  redefines the name and adds a property on an endowed function: the host's own function object would change
// origin:  SES harden (endowments must be hardened); vm2 ATTACKS.md host object mutation through the bridge
// expect:  blocked
// layers:  isolation
// family:  host-function-members
// globals: hostFn
try { Object.defineProperty(hostFn, "name", { value: "rfLeft" }); } catch (e) { /* frozen */ }
try { hostFn.rfLeft = 1; } catch (e) { /* frozen */ }
hostFn.name;
