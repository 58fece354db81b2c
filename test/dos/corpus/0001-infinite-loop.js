// family:  cpu
// vector:  an empty infinite loop
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
for (;;) {}
