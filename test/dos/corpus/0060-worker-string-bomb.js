// family:  memory
// vector:  keeps allocating distinct flat 1 MB strings (toUpperCase copies the rope repeat builds) until the worker's heap is full
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":500,"memoryMb":32}}
// expect:  budget memory
const keep = [];
for (;;) keep.push("x".repeat(1 << 20).toUpperCase());
