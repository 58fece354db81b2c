// family:  regex
// vector:  the (a+)+$ pattern, built at run time, on 40 a's in a worker sandbox
// api:     evaluateAsync
// config:  {"runIn":"worker","limits":{"steps":1e15,"timeoutMs":400,"memoryMb":64}}
// expect:  guest-error SyntaxError or value false or budget time
// note:    refused, run in linear time, or stopped by terminating the worker
const pattern = ["(a+)", "+$"].join("");
new RegExp(pattern).test("a".repeat(40) + "!");
