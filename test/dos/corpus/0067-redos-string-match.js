// family:  regex
// vector:  String.prototype.match with a string argument: the engine compiles it as a RegExp (no RegExp in sight)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error SyntaxError or value null
// note:    a dynamic pattern is refused with an error the guest sees, or run in linear time
("a".repeat(30) + "!").match("(a+)+$");
