// family:  leftovers
// vector:  finds FinalizationRegistry at run time through a computed globalThis key
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error TypeError
const Registry = globalThis["Finalization" + "Registry"];
new Registry(() => { for (;;) {} }).register({}, 1);
