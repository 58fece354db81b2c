// family:  async
// vector:  Promise.race over several endless async loops: no contestant ever settles
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
const loop = async () => { for (;;) await null; };
await Promise.race([loop(), loop(), loop(), loop()]);
