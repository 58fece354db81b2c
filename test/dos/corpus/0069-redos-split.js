// family:  regex
// vector:  String.prototype.split with a catastrophic literal on a long subject
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value 1
// note:    refused before running, refused when it runs, or run in linear time (no match: one piece)
("a".repeat(30) + "!").split(/(a+)+$/).length;
