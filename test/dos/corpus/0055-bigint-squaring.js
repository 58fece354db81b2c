// family:  memory
// vector:  squares a BigInt until something stops it (its size doubles every step)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
let b = 3n ** 1000n;
for (;;) b *= b;
