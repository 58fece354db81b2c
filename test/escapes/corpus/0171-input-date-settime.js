// vector:  moves the Date inside an input with setTime in run 1 (a frozen Date still changes); run 2 reads the new time
// origin:  SES harden limits (Date internal slot); vm2 ATTACKS.md stateful host objects
// expect:  blocked
// layers:  isolation
// family:  cross-run-state
// inputs:  input
// runs:    2
try { input.when.setTime(424242); } catch (e) { /* refused */ }
"moved";
// --- run 2 ---
input.when.getTime() === 424242;
