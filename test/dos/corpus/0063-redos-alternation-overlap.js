// family:  regex
// vector:  (a|a)*b literal: overlapping alternatives under a star, on 30 a's
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value false
// note:    refused before running, refused when it runs (a SyntaxError the guest sees), or run in linear time
/(a|a)*b/.test("a".repeat(30));
