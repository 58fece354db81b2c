// family:  memory
// vector:  an ArrayBuffer of 2^31 bytes
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
new ArrayBuffer(2 ** 31);
