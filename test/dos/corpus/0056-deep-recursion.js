// family:  memory
// vector:  unbounded recursion: must end in a clean guest RangeError, not a host stack overflow
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error RangeError
function f(n) { return f(n + 1) + 1; }
f(0);
