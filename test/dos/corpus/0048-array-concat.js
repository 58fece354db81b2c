// family:  memory
// vector:  Array.prototype.concat of an allowed array with itself, doubling each time
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
let a = [1];
for (;;) a = a.concat(a);
