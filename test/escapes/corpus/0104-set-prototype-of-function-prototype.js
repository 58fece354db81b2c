// vector:  Object.setPrototypeOf(Function.prototype, evil): every function, tamed constructors included, inherits evil
// origin:  SES lockdown rationale; vm2 ATTACKS.md prototype manipulation
// expect:  blocked
// layers:  harden
// family:  proto-pollution
// runs:    2
const evil = Object.create(Object.prototype);
evil.rfLeft = 1;
try { Object.setPrototypeOf(Function.prototype, evil); } catch (e) { /* frozen */ }
"re-parented";
// --- run 2 ---
(function () {}).rfLeft === 1;
