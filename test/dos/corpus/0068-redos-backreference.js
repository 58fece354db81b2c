// family:  regex
// vector:  a backreference under nested quantifiers, which no linear engine can run
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value false
// note:    refused before running, refused when it runs (a SyntaxError the guest sees), or run in bounded time
/^(a*)*\1$/.test("a".repeat(30) + "!");
