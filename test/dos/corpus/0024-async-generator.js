// family:  async
// vector:  for await over an async generator that never finishes
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
async function* g() { for (;;) yield 1; }
let sum = 0;
for await (const x of g()) sum += x;
