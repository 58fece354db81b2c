// family:  async
// vector:  a chain of promise jobs made only of builtins (a bound Reflect.apply of then), which no guard ever ends, started before the run is stopped by a size cap
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576}}
// expect:  budget memory
// note:    found by the red team: the host hung forever, because the run was stopped before its first drain and the final flush had no watchdog
const p = Promise.resolve(), args = [];
const next = Reflect.apply.bind(null, p.then, p, args);
args[0] = next;
next();
"x".repeat(2 ** 30);
