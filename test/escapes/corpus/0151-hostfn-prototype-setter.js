// vector:  plants a setter on hostFn.prototype, so objects the host later builds with `new hostFn` call attacker code on assignment
// origin:  vm2 ATTACKS.md host prototype pollution via write traps; expr-eval CVE-2025-12735 (members of functions in scope)
// expect:  blocked
// layers:  isolation
// family:  endowment-accessors
// globals: hostFn
let proto;
try { proto = hostFn.prototype; } catch (e) { proto = undefined; }
try { Object.defineProperty(proto, "rfPolluted", { set(v) { /* observed */ }, configurable: true }); } catch (e) { /* no prototype */ }
"planted";
