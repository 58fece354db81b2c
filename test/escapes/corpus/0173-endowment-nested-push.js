// vector:  pushes onto the array nested in an endowed object in run 1; run 2 finds the extra element
// origin:  SES Compartment endowments (harden what you pass); vm2 ATTACKS.md nesting/config trap
// expect:  blocked
// layers:  none
// family:  cross-run-state
// globals: hostObj
// runs:    2
// combination: freeze isolation
// note:    isolation alone copies the endowment once per Sandbox, unfrozen; freeze alone leaves the host object itself unfrozen
try { hostObj.nested.list.push("rfLeft"); } catch (e) { /* frozen */ }
"pushed";
// --- run 2 ---
hostObj.nested.list.includes("rfLeft");
