// family:  regex
// vector:  the stack-edge regex compile inside an async function, after an await (a job's stack, not the run's)
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value false or guest-error RangeError
// hazard:  aborts-process
// note:    the run may end either way; what matters is that the host survives it
function f(n) { try { return f(n + 1); } catch { return /(a|b)*c/.test("ab"); } }
async function job() { await null; return f(0); }
await job();
