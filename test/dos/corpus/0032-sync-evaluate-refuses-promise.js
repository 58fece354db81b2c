// family:  async
// vector:  a self-extending Promise chain given to the synchronous evaluate
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
function next() { return Promise.resolve().then(next); }
next();
