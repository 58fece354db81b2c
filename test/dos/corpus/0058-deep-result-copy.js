// family:  memory
// vector:  returns an object nested 300000 deep: copying it out must not overflow the host's stack
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  sandbox-error SANDBOX_COPY
let o = {};
for (let i = 0; i < 300000; i++) o = { o };
o;
