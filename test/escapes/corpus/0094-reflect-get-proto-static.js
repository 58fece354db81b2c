// vector:  Reflect.get(input, "__proto__") fetches the prototype behind an input without a member access, then pollutes it
// origin:  expr-eval CVE-2025-13204 (prototype pollution); vm2 ATTACKS.md Reflect and descriptor extraction
// expect:  blocked
// layers:  validator
// family:  proto-pollution
// inputs:  input
// note:    the key is a call argument: the key guard never sees it, and both the host's and an unhardened realm's Object.prototype accept the write
const proto = Reflect.get(input, "__proto__");
if (proto !== null && typeof proto === "object") proto.rfPolluted = 1;
({}).rfPolluted === 1 ? "polluted" : "clean";
