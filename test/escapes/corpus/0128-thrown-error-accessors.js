// vector:  throws a real Error whose name, message and stack are guest getters, so host code that reports the error would run them outside the budget
// origin:  vm2 ATTACKS.md error objects and util.inspect (host code formatting guest errors)
// expect:  blocked
// layers:  none
// family:  errors-stacks
// note:    evaluate() reads a thrown error's name and message from data properties only and never runs an accessor, in every configuration (substrate: src/membrane/read-data.ts)
const e = new RangeError("plain");
let ran = 0;
for (const key of ["name", "message", "stack", "cause"]) Object.defineProperty(e, key, { get() { ran++; return "from a getter"; }, enumerable: true, configurable: true });
throw e;
