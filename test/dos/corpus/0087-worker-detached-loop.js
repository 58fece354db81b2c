// family:  leftovers
// vector:  starts an endless await loop without awaiting it in a worker sandbox, and returns at once
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":400,"memoryMb":64}}
// expect:  value 7 or budget time
// note:    the run may end with its value or wait for its jobs; either way the worker must serve the next run
(async () => { for (;;) await null; })();
7;
