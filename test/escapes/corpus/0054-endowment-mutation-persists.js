// vector:  defines a property on an endowed object in run 1; run 2 finds it
// origin:  SES Compartment endowments (harden the globals you pass); vm2 ATTACKS.md nesting/config trap
// expect:  blocked
// layers:  none
// globals: hostObj
// runs:    2
// combination: freeze isolation
// note:    isolation alone copies the endowment once per Sandbox and the copy is not frozen (runs share it); freeze alone does not freeze endowments that were not copied; together they stop it
Object.defineProperty(hostObj, "rfLeft", { value: 1, enumerable: true });
"left";
// --- run 2 ---
hostObj.rfLeft === 1;
