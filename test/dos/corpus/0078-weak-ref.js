// family:  leftovers
// vector:  observes garbage collection through WeakRef (a timing side channel and a hook into host GC)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused
const ref = new WeakRef({});
ref.deref();
