// family:  cpu
// vector:  a counting loop that never ends, against a small step budget
// api:     evaluate
// config:  {"limits":{"steps":100000,"timeoutMs":400}}
// expect:  budget steps
let i = 0;
while (true) i++;
