// family:  leftovers
// vector:  starts an endless await loop without awaiting it, and returns at once
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value 42 or budget time
// note:    the run may end with its value or wait for its jobs; either way no guest job may run after it
(async () => { for (;;) await null; })();
42;
