// vector:  returns a RegExp with own data properties unicode and unicodeSets: copy-out builds flags 'uv' and new RegExp throws a host SyntaxError out of evaluate()
// origin:  vm2 ATTACKS.md (host code trusting guest objects on the way out)
// expect:  blocked
// layers:  none
// note:    found escaping the full sandbox; fixed in src/membrane/copy-out.ts (flags from the internal slot, and any copy-out failure becomes a SandboxCopyError); no configuration lets it through now
const r = /a/;
Object.defineProperty(r, "unicode", { value: true });
Object.defineProperty(r, "unicodeSets", { value: true });
r;
