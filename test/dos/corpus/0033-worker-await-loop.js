// family:  async
// vector:  an endless await loop in a worker sandbox
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":400,"memoryMb":64}}
// expect:  budget time
for (;;) await null;
