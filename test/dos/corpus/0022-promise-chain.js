// family:  async
// vector:  a promise chain that extends itself from every then callback, awaited
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
function next() { return Promise.resolve().then(next); }
await next();
