// family:  leftovers
// vector:  finds setTimeout at run time through a computed globalThis key and schedules a busy loop
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error TypeError
const schedule = globalThis["set" + "Timeout"];
schedule(() => { for (;;) {} }, 0);
