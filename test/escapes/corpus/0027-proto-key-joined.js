// vector:  input[['__','proto','__'].join('')].rfPolluted = 1
// origin:  vm2 GHSA-2cm2 (dynamic keys); expr-eval CVE-2025-13204
// expect:  blocked
// layers:  guards
// inputs:  input
const key = ["__", "proto", "__"].join("");
input[key].rfPolluted = 1;
"written";
