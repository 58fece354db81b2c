// family:  leftovers
// vector:  returns a proxy whose traps spin: copying it out would run guest code after the budget
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  sandbox-error SANDBOX_COPY
new Proxy({}, { ownKeys() { for (;;) {} }, get() { for (;;) {} }, getOwnPropertyDescriptor() { for (;;) {} } });
