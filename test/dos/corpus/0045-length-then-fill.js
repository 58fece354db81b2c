// family:  memory
// vector:  sets an empty array's length to 2^26 (no constructor call), then fill materializes it
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
const a = [];
a.length = 2 ** 26;
a.fill(1);
