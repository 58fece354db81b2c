// vector:  Error.captureStackTrace(prototype behind a host input) plants a stack accessor on the host's Object.prototype
// origin:  vm2 ATTACKS.md error objects (captureStackTrace on foreign objects); SES permits remove captureStackTrace
// expect:  blocked
// layers:  validator guards harden
// inputs:  input
Error.captureStackTrace(Reflect.getPrototypeOf(input));
"captured";
