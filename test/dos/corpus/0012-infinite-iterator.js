// family:  cpu
// vector:  for-of over a hand-written Symbol.iterator that never says done
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const endless = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }) }; } };
let sum = 0;
for (const x of endless) sum += x;
