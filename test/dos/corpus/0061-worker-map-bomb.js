// family:  memory
// vector:  a Map of small objects that grows without end (no size cap applies)
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":400,"memoryMb":64}}
// expect:  budget memory
const m = new Map();
for (let i = 0; ; i++) m.set(i, { i, s: "v" + i });
