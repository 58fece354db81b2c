// family:  cpu
// vector:  sorting copies of a large array with a guest comparator, forever
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const a = Array.from({ length: 100000 }, (_, i) => (i * 7919) % 100000);
for (;;) a.slice().sort((x, y) => x - y);
