// family:  leftovers
// vector:  registers a busy cleanup callback with FinalizationRegistry, to run at some later GC
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
const registry = new FinalizationRegistry(() => { for (;;) {} });
for (let i = 0; i < 1000; i++) registry.register({}, i);
