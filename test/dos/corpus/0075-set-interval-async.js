// family:  leftovers
// vector:  schedules a busy loop with setInterval from an async run
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
setInterval(() => { for (;;) {} }, 1);
