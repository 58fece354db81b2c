// family:  regex
// vector:  a backreference under nested quantifiers, which no linear engine can run
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or value false
// note:    refused before running, or (if the engine can) run in bounded time
/^(a*)*\1$/.test("a".repeat(30) + "!");
