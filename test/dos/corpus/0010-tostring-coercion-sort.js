// family:  cpu
// vector:  the default sort coerces every element with a guest toString (n log n coercions per sort), forever
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
let n = 0;
const a = Array.from({ length: 20000 }, () => ({ toString() { n = (n * 31 + 7) % 65536; return String(n); } }));
for (;;) a.sort();
