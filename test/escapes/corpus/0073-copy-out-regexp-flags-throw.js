// vector:  returns a RegExp whose own `global` getter is a bound generator throw(): copy-out reads `flags` generically, runs it, and evaluate() throws a realm value of the guest's choosing
// origin:  vm2 ATTACKS.md util.inspect and getter escapes (host code running guest accessors on the way out)
// expect:  blocked
// layers:  isolation
// note:    found escaping the full sandbox; fixed in src/membrane/copy-out.ts, which now reads a RegExp's flags from its internal slot, so copy-out runs no guest code here any more; with isolation off the RegExp is handed back as-is, accessor and all (the guest-code tripwire)
const r = /a/;
const g = (function* () {})();
const payload = function () {};
Object.defineProperty(r, "global", { get: g.throw.bind(g, payload) });
r;
