// family:  cpu
// vector:  one native call over an array-like longer than maxArrayLength (lastIndexOf, length 2^32-1), in this thread
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxArrayLength":1048576}}
// expect:  budget memory
// note:    in this thread one native call cannot be interrupted; a generic Array method must refuse a receiver longer than the cap
Array.prototype.lastIndexOf.call({ length: 2 ** 32 - 1 }, 1);
