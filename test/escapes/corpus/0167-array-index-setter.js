// vector:  defines a setter at Array.prototype[0]: every later push onto an empty array calls attacker code instead of storing
// origin:  vm2 ATTACKS.md Array.prototype[N] setter capturing bridge state; SES lockdown
// expect:  blocked
// layers:  harden
// family:  cross-run-state
// runs:    2
const captured = [];
try { Object.defineProperty(Array.prototype, 0, { set(v) { captured.push(v); }, get() { return undefined; }, configurable: true }); } catch (e) { /* frozen */ }
"planted";
// --- run 2 ---
const a = [];
a.push("x");
!Object.hasOwn(a, 0);
