// vector:  Reflect.apply(Function.prototype.toString, hostAsync, []): host source through the builtin, with no member call on the endowment
// origin:  vm2 ATTACKS.md built-ins; expr-eval CVE-2025-12735 (functions in scope)
// expect:  blocked
// layers:  isolation
// family:  host-function-members
// globals: hostAsync
Reflect.apply(Function.prototype.toString, hostAsync, []);
