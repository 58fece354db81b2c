// family:  regex
// vector:  the classic (a+)+$ literal on 30 a's and a mismatch: 2^30 backtracking paths in one native call
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value false
// note:    refused before running, refused when it runs (a SyntaxError the guest sees), or run in linear time
/(a+)+$/.test("a".repeat(30) + "!");
