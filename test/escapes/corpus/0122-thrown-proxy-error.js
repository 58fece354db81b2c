// vector:  throws a Proxy around an Error whose traps would run in host code that reads the thrown value's name, message or stack
// origin:  vm2 ATTACKS.md proxy traps and error objects (host code formatting guest errors)
// expect:  blocked
// layers:  none
// family:  proxy-reflect
// note:    evaluate() checks for a proxy before reading a thrown value and copies it by descriptors, in every configuration (substrate: src/guest-error.ts)
const hits = [];
const handler = {};
for (const name of ["get", "getOwnPropertyDescriptor", "getPrototypeOf", "has", "ownKeys"]) handler[name] = (...args) => { hits.push(name); return Reflect[name](...args); };
throw new Proxy(new TypeError("proxied"), handler);
