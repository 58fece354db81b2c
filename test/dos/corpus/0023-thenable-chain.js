// family:  async
// vector:  a thenable that resolves with itself: the engine calls its then again and again from jobs
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const t = { then(resolve) { resolve(t); } };
await t;
