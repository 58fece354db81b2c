// family:  memory
// vector:  1n << 2n ** 29n: a 64 MB BigInt from one shift
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
1n << (2n ** 29n);
