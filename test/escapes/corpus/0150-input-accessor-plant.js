// vector:  replaces a data property of an input with an enumerable getter, so host code reading the input after the run runs attacker code
// origin:  vm2 ATTACKS.md getter escapes and host prototype pollution via write traps; null-proto write-through
// expect:  blocked
// layers:  isolation
// family:  endowment-accessors
// inputs:  input
try { Object.defineProperty(input, "text", { get() { return "rfLeft"; }, enumerable: true, configurable: true }); } catch (e) { /* frozen copy */ }
"planted";
