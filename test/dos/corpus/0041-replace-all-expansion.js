// family:  memory
// vector:  replaceAll turning every one of 4096 characters into 4096 characters
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
"x".repeat(1 << 12).replaceAll("x", "y".repeat(1 << 12));
