// family:  memory
// vector:  one String.prototype.repeat call asking for 256 M characters
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
"x".repeat(2 ** 28);
