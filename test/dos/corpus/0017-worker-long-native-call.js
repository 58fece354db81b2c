// family:  cpu
// vector:  one native call that runs for minutes (lastIndexOf over an array-like of length 2^32-1), in a worker
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":400,"memoryMb":64}}
// expect:  budget time
// note:    no step is charged inside the call; only terminating the worker stops it
Array.prototype.lastIndexOf.call({ length: 2 ** 32 - 1 }, 1);
