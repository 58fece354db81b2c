// vector:  input["__proto__"].rfPolluted = 1: the key as a string literal in brackets
// origin:  expr-eval CVE-2025-13204 (GHSA-8gw3-rxh4-v6jx); Jexl issue #142 (bracket versus dot access)
// expect:  blocked
// layers:  validator guards
// family:  proto-pollution
// inputs:  input
input["__proto__"].rfPolluted = 1;
({}).rfPolluted === 1 ? "polluted" : "clean";
