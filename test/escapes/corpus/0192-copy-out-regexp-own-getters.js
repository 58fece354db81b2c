// vector:  returns a RegExp with own enumerable getters for source and flags, so host code copying or printing the result would run them
// origin:  vm2 ATTACKS.md util.inspect and getter escapes (host code reading guest accessors on the way out)
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    copy-out reads source and flags from internal slots through the host's own getters
const r = /a+/g;
for (const key of ["source", "flags", "global"]) Object.defineProperty(r, key, { get() { return "(?:)"; }, enumerable: true, configurable: true });
r;
