// family:  memory
// vector:  spreads a 2^24-element sparse array into call arguments
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
const a = [];
a.length = 2 ** 24;
Math.max(...a);
