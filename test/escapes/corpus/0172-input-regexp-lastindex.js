// vector:  runs exec on the global RegExp inside an input, advancing its lastIndex - state on the host's object
// origin:  SES regExpTaming (RegExp state); vm2 ATTACKS.md stateful host objects
// expect:  blocked
// layers:  isolation
// family:  cross-run-state
// inputs:  input
let last = -1;
try { input.re.exec("xxabbbc"); last = input.re.lastIndex; } catch (e) { /* refused */ }
last;
