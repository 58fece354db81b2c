// family:  regex
// vector:  the (a+)+$ pattern built from pieces at run time and compiled with new RegExp
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  guest-error SyntaxError or value false
// note:    a dynamic pattern is refused with an error the guest sees, or run in linear time
const pattern = "(" + "a" + "+)" + "+$";
new RegExp(pattern).test("a".repeat(30) + "!");
