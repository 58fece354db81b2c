// vector:  String.raw with a substitution assembles "__proto__"; writes a marker through input.nested[key]
// origin:  static-eval GHSA-2c5f-9x6g-wxgr (template literals as keys); vm2 GHSA-2cm2
// expect:  blocked
// layers:  guards
// family:  obfuscation
// inputs:  input
const key = String.raw`__${"pro"}to__`;
input.nested[key].rfPolluted = 1;
"written";
