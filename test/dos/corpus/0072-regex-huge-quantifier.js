// family:  regex
// vector:  nested counted repetition (?:(?:a{1000}){1000}){1000}: a billion-state program from 30 characters
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value false
// note:    refused before running (the pattern is a constant), refused when it runs (too large), or run without building the expansion
new RegExp("(?:(?:a{1000}){1000}){1000}").test("a".repeat(1000));
