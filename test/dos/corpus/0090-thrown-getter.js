// family:  leftovers
// vector:  throws an error whose message and name are spinning getters: reading the error must not run them
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error
const e = new Error("x");
Object.defineProperty(e, "message", { get() { for (;;) {} } });
Object.defineProperty(e, "name", { get() { for (;;) {} } });
throw e;
