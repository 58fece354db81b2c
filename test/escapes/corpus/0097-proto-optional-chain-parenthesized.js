// vector:  (input?.__proto__).rfPolluted = 1: an optional chain in parentheses as the object of an assignment target
// origin:  vm2 GHSA (transformer blind spots for newer syntax: optional chaining); SandboxJS CVE-2025-34146
// expect:  blocked
// layers:  validator guards
// family:  proto-pollution
// inputs:  input
// note:    rewrite-differential: astring must keep the parentheses or the emit gate refuses the program
(input?.__proto__).rfPolluted = 1;
(input.nested?.["__proto__"]).rfLeft = 1;
"written";
