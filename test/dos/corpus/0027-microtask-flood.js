// family:  async
// vector:  every job queues two more (an exponential microtask flood), while the run awaits forever
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const flood = () => { Promise.resolve().then(flood); Promise.resolve().then(flood); };
flood();
await new Promise(() => {});
