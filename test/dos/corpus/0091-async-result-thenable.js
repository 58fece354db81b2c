// family:  leftovers
// vector:  resolves the run's value with a thenable whose then spins: the host must not call it outside the budget
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time or sandbox-error SANDBOX_COPY
// note:    awaiting the value (then runs inside the budget) or refusing to copy it out are both safe
({ then() { for (;;) {} } });
