// family:  async
// vector:  an async function that awaits and then calls itself: unbounded depth across jobs, no stack overflow
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
async function down(n) { await null; return down(n + 1); }
await down(0);
