// vector:  input[key].rfPolluted = 1 with a key object whose toString spells __proto__
// origin:  expr-eval CVE-2025-13204 (prototype pollution); static-eval GHSA-2c5f-9x6g-wxgr (coerced keys)
// expect:  blocked
// layers:  guards
// family:  key-coercion
// inputs:  input
const key = { toString() { return "__" + "proto" + "__"; } };
input[key].rfPolluted = 1;
({}).rfPolluted === 1 ? "polluted" : "clean";
