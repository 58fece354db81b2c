// family:  cpu
// vector:  Array.prototype.join reads 10000 elements, each a guest getter, forever
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const a = [];
for (let i = 0; i < 10000; i++) Object.defineProperty(a, i, { get() { return i; } });
for (;;) a.join();
