// family:  memory
// vector:  a Float64Array of 2^28 elements (2 GiB)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
new Float64Array(2 ** 28);
