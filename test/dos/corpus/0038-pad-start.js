// family:  memory
// vector:  one padStart call asking for 128 M characters
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
"".padStart(2 ** 27, "ab");
