// vector:  input.__proto__.rfPolluted = 1: pollutes the prototype behind a host input
// origin:  expr-eval CVE-2025-13204 (GHSA-8gw3-rxh4-v6jx, prototype pollution); SandboxJS CVE-2025-34146 (#31)
// expect:  blocked
// layers:  validator guards
// inputs:  input
input.__proto__.rfPolluted = 1;
({}).rfPolluted === 1 ? "polluted" : "clean";
