// family:  regex
// vector:  ^(\w+\s?)*$ literal (a validation regex from the ReDoS literature) on a long word and a mismatch
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value false
// note:    refused before running, refused when it runs (a SyntaxError the guest sees), or run in linear time
/^(\w+\s?)*$/.test("a".repeat(40) + "!");
