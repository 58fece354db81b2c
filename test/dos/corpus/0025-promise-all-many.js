// family:  async
// vector:  Promise.all over thousands of async functions, again and again, against a step budget
// api:     evaluateAsync
// config:  {"limits":{"steps":100000,"timeoutMs":400}}
// expect:  budget steps
for (;;) await Promise.all(Array.from({ length: 5000 }, async (_, i) => i));
