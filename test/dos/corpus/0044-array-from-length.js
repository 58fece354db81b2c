// family:  memory
// vector:  Array.from an array-like of length 2^26 (no callback: not a single step)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
Array.from({ length: 2 ** 26 });
