// family:  memory
// vector:  keeps allocating distinct 100 KB strings until the worker's heap is full
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":400,"memoryMb":64}}
// expect:  budget memory
const keep = [];
for (;;) keep.push("x".repeat(100000) + keep.length);
