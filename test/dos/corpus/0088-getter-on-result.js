// family:  leftovers
// vector:  returns an object whose getter spins: guest code that would run in the host's copy-out, after the budget
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  sandbox-error SANDBOX_COPY
({ get x() { for (;;) {} } });
