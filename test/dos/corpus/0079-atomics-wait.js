// family:  leftovers
// vector:  blocks the thread forever with Atomics.wait on a SharedArrayBuffer
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
