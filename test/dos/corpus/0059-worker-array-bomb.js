// family:  memory
// vector:  keeps allocating allowed-size arrays until the worker's heap is full
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":500,"memoryMb":32}}
// expect:  budget memory
const keep = [];
for (;;) keep.push(new Array(100000).fill(keep.length));
