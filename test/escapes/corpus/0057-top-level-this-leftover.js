// vector:  writes this.rfLeft at top level (this is the guest's globalThis stand-in); run 2 reads it back
// origin:  SES Compartment (globalThis shared between evaluations); vm2 ATTACKS.md
// expect:  blocked
// layers:  freeze
// runs:    2
this.rfLeft = 1;
"left";
// --- run 2 ---
this.rfLeft === 1;
