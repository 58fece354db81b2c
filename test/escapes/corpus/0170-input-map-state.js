// vector:  adds an entry to the Map inside an input in run 1 (freezing cannot protect a Map's entries); run 2 finds it
// origin:  SES harden limits (internal slots are not frozen); vm2 ATTACKS.md stateful host objects
// expect:  blocked
// layers:  isolation
// family:  cross-run-state
// inputs:  input
// runs:    2
try { input.map.set("rfLeft", 1); } catch (e) { /* refused */ }
"stored";
// --- run 2 ---
input.map.has("rfLeft");
