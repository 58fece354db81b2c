// family:  async
// vector:  a synchronous loop that queues a job per step until the deadline: every queued job must still be drained (and die) afterwards
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const noop = () => {};
for (;;) Promise.resolve().then(noop);
