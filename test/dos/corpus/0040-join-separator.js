// family:  memory
// vector:  join of an allowed-length array with a long separator: a result far longer than the array
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
new Array(1 << 16).join("x".repeat(1 << 12));
