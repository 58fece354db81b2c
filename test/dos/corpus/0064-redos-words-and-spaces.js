// family:  regex
// vector:  ^(\w+\s?)*$ literal (a validation regex from the ReDoS literature) on a long word and a mismatch
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or value false
// note:    refused before running, or run in linear time
/^(\w+\s?)*$/.test("a".repeat(40) + "!");
