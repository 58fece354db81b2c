// family:  cpu
// vector:  a generator that never finishes, drained by the native Set constructor (no guest loop outside it)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
function* g() { for (;;) yield 1; }
new Set(g());
