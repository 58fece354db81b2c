// family:  memory
// vector:  a Map of integers grows until one rehash asks for a table larger than what is left of the worker's heap
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":500,"memoryMb":32}}
// expect:  budget memory
// hazard:  aborts-process
// note:    V8 reports this allocation failure as a fatal out-of-memory error for the whole process, not the worker alone
const m = new Map();
for (let i = 0; ; i++) m.set(i, i);
