// family:  async
// vector:  catches whatever ends its await loop and starts another one
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
async function spin() {
  for (;;) {
    try { for (;;) await null; } catch (e) { /* keep going */ }
  }
}
await spin();
