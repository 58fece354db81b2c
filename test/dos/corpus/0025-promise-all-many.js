// family:  async
// vector:  Promise.all over 5000 async functions, again and again, against a step budget (one step per async call)
// api:     evaluateAsync
// config:  {"limits":{"steps":8000,"timeoutMs":400}}
// expect:  budget steps
for (;;) await Promise.all(Array.from({ length: 5000 }, async (_, i) => i));
