// family:  async
// vector:  an endless loop of awaits: every iteration is a new job, no job runs long
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
for (;;) await null;
