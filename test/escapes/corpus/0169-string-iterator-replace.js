// vector:  replaces String.prototype[Symbol.iterator] so later runs' for-of and spread over strings see the attacker's characters
// origin:  SES lockdown (frozen intrinsics); vm2 ATTACKS.md built-ins
// expect:  blocked
// layers:  harden
// family:  cross-run-state
// runs:    2
try { Object.defineProperty(String.prototype, Symbol.iterator, { value: function* () { yield "rfLeft"; }, configurable: true, writable: true }); } catch (e) { /* frozen */ }
"replaced";
// --- run 2 ---
[..."ab"][0] === "rfLeft";
