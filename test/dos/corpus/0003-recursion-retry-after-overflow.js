// family:  cpu
// vector:  recursion that catches its own stack overflow and recurses again: exponential, each level short
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
function f() {
  try { f(); } catch (e) { f(); }
}
f();
