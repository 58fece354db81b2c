// family:  cpu
// vector:  Array.prototype.includes over a proxy claiming length 2^32-1: billions of guest get traps from one native call
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const p = new Proxy({}, { get: (target, key) => (key === "length" ? 2 ** 32 - 1 : 1) });
Array.prototype.includes.call(p, 2);
