// family:  regex
// vector:  a pattern of 20000 nested groups compiled with new RegExp (a deep recursion in the engine's parser)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error SyntaxError or value true
// note:    refused with a guest error, or compiled and run; either way quickly and without a host crash
new RegExp("(".repeat(20000) + "a" + ")".repeat(20000)).test("a");
