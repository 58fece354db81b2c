// family:  memory
// vector:  a 1-byte resizable ArrayBuffer with maxByteLength 2^31, then resized to it
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
const b = new ArrayBuffer(1, { maxByteLength: 2 ** 31 });
b.resize(2 ** 31);
