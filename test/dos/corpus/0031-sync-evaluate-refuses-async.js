// family:  async
// vector:  an async function and an await loop given to the synchronous evaluate
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
async function spin() { for (;;) await null; }
spin();
