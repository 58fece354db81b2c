// family:  leftovers
// vector:  finds Atomics and SharedArrayBuffer at run time with Reflect.get and waits forever
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error TypeError
const A = Reflect.get(globalThis, "Atom" + "ics");
const SAB = Reflect.get(globalThis, "Shared" + "ArrayBuffer");
A.wait(new Int32Array(new SAB(4)), 0, 0);
