// family:  memory
// vector:  a string that doubles itself through a template literal
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
let s = "ab";
for (;;) s = `${s}${s}`;
