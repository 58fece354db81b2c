// family:  memory
// vector:  10n ** 10n ** 7n: a BigInt of about 33 million bits from one operator
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxStringLength":1048576,"maxArrayLength":1048576,"maxBufferBytes":8388608,"maxBigIntBits":1048576}}
// expect:  budget memory
10n ** (10n ** 7n);
