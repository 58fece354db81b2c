// family:  async
// vector:  an endless await loop against a small step budget: steps are counted across jobs
// api:     evaluateAsync
// config:  {"limits":{"steps":20000,"timeoutMs":400}}
// expect:  budget steps
let i = 0;
for (;;) { await i; i++; }
