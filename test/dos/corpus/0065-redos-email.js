// family:  regex
// vector:  an email validation regex with nested quantifiers, on a long local part and no @
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  refused or guest-error SyntaxError or value false
// note:    refused before running, refused when it runs (a SyntaxError the guest sees), or run in linear time
/^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$/.test("a".repeat(40) + "!");
