// family:  leftovers
// vector:  lists every name on globalThis and reports any scheduler or shared-memory facility it finds
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value ""
const wanted = ["setTimeout", "setInterval", "setImmediate", "queueMicrotask", "FinalizationRegistry", "WeakRef", "SharedArrayBuffer", "Atomics", "process", "require"];
Reflect.ownKeys(globalThis).filter((k) => wanted.includes(k)).join(",");
