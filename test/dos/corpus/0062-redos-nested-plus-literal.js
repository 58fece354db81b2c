// family:  regex
// vector:  the classic (a+)+$ literal on 30 a's and a mismatch: 2^30 backtracking paths in one native call
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or value false
// note:    a literal with nested quantifiers is refused before running, or the engine runs it in linear time
/(a+)+$/.test("a".repeat(30) + "!");
