// vector:  writes globalThis.rfLeft in run 1; run 2 reads it back
// origin:  vm2 ATTACKS.md globalThis[...] internal-state probe; SES Compartment globals
// expect:  blocked
// layers:  none
// runs:    2
// combination: whitelist freeze
// note:    freeze alone freezes the guest's globalThis stand-in, but with the whitelist off the name globalThis is the realm's own (unfrozen) global object; whitelist alone binds the stand-in but does not freeze it
globalThis.rfLeft = 1;
"left";
// --- run 2 ---
globalThis.rfLeft === 1;
