// vector:  gives the guest's global (top-level this) a prototype carrying a marker: later runs inherit it through this
// origin:  SES Compartment globals; vm2 ATTACKS.md prototype manipulation
// expect:  blocked
// layers:  freeze
// family:  cross-run-state
// runs:    2
try { Object.setPrototypeOf(this, { rfLeft: 1 }); } catch (e) { /* frozen */ }
"re-parented";
// --- run 2 ---
this.rfLeft === 1;
