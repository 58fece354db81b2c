// family:  leftovers
// vector:  queues a job that spins synchronously, and returns before it runs
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value 1 or budget time
// note:    the run may end with its value or wait for its jobs; either way no guest job may run after it
Promise.resolve().then(() => { for (;;) {} });
1;
