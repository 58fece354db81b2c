// family:  memory
// vector:  one element at index 2^26 makes a sparse array; spread materializes every hole
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
const a = [];
a[2 ** 26] = 1;
[...a];
