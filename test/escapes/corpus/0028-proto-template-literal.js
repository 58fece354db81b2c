// vector:  input[`__proto__`]: a template literal without substitutions as the key
// origin:  static-eval GHSA-2c5f-9x6g-wxgr (type coercion bypass of isUnsafeProperty)
// expect:  blocked
// layers:  validator guards
// inputs:  input
input[`__proto__`].rfPolluted = 1;
"written";
