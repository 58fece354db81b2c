// family:  async
// vector:  awaits a promise that never settles: no guest code runs, no step is ever charged
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
// note:    only a host timer can end this run
await new Promise(() => {});
