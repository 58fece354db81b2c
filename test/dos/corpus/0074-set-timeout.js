// family:  leftovers
// vector:  schedules a busy loop with setTimeout, to run after evaluate has returned
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
setTimeout(() => { for (;;) {} }, 0);
