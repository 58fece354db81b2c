// family:  cpu
// vector:  nested forEach over 100000 elements: 10^10 callback entries, no guest loop statement at all
// api:     evaluate
// config:  {"limits":{"steps":100000,"timeoutMs":400}}
// expect:  budget steps
const a = new Array(100000).fill(0);
a.forEach(() => a.forEach(() => {}));
