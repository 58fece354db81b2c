// family:  leftovers
// vector:  queues a busy job with queueMicrotask, by name
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
queueMicrotask(() => { for (;;) {} });
