// vector:  returns (not throws) an AggregateError whose name and message are enumerable getters and whose errors list holds a function
// origin:  vm2 ATTACKS.md error objects and SuppressedError; util.inspect reading error accessors
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    copy-out rebuilds errors from data properties only
const e = new AggregateError([() => 0], "plain");
Object.defineProperty(e, "name", { get() { return "Getter"; }, enumerable: true });
Object.defineProperty(e, "message", { get() { return "from a getter"; }, enumerable: true });
e;
