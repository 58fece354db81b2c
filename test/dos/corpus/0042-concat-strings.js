// family:  memory
// vector:  String.prototype.concat of many allowed strings into one too long
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
const part = "x".repeat(1 << 19);
"".concat(part, part, part, part, part, part, part, part);
