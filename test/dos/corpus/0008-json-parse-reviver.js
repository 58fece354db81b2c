// family:  cpu
// vector:  JSON.parse calls a guest reviver for every key, in an endless loop
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const text = JSON.stringify(Array.from({ length: 10000 }, (_, i) => ({ i, s: "x" })));
for (;;) JSON.parse(text, (key, value) => value);
