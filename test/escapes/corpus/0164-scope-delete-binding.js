// vector:  deletes Math from the guest's global (top-level this) in run 1; run 2 finds it gone
// origin:  SES Compartment globals (shared between evaluations); vm2 ATTACKS.md
// expect:  blocked
// layers:  freeze
// family:  cross-run-state
// runs:    2
try { delete this.Math; } catch (e) { /* frozen */ }
"deleted";
// --- run 2 ---
!Object.hasOwn(this, "Math");
