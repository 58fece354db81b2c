// family:  leftovers
// vector:  finds queueMicrotask at run time with Reflect.get(globalThis, name) and queues a busy job
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error TypeError
const queue = Reflect.get(globalThis, ["queue", "Microtask"].join(""));
queue(() => { for (;;) {} });
