// family:  regex
// vector:  (a|a)*b literal: overlapping alternatives under a star, on 30 a's
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or value false
// note:    refused before running, or run in linear time
/(a|a)*b/.test("a".repeat(30));
