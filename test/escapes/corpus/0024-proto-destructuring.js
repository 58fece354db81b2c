// vector:  const { __proto__: p } = input, then writes through p
// origin:  SandboxJS GHSA-ww7g-4gwx-m7wj (destructuring); vm2 ATTACKS.md prototype manipulation
// expect:  blocked
// layers:  validator guards
// inputs:  input
const { __proto__: p } = input;
p.rfPolluted = 1;
"written";
