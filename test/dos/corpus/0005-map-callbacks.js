// family:  cpu
// vector:  Array.prototype.map calls a guest callback from native code, in an endless loop
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const a = Array.from({ length: 1000 }, (_, i) => i);
for (;;) a.map((x) => x * 2);
