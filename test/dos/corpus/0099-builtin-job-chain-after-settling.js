// family:  async
// vector:  a chain of promise jobs made only of builtins, left running when the program's promise settles: nothing ticks, so only the drain's watchdog ends it
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value 42
// note:    the run keeps its value; the chain is dropped when the drain's watchdog fires shortly after the deadline
const p = Promise.resolve(), args = [];
const next = Reflect.apply.bind(null, p.then, p, args);
args[0] = next;
next();
42
