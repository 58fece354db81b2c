// vector:  returns a thenable whose `then` is an enumerable getter: a host that awaits or inspects the result runs guest code after the run
// origin:  vm2 ATTACKS.md Promise/async escapes and util.inspect (host code touching guest accessors); Node issue #3020
// expect:  blocked
// layers:  isolation
// family:  async-promises
const result = { value: 42 };
Object.defineProperty(result, "then", { get() { return (resolve) => resolve("hijacked"); }, enumerable: true });
result;
