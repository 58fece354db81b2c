// vector:  builds "__proto__" from coerced values (no string contains it) and pollutes through an input
// origin:  JSFuck; expr-eval CVE-2025-13204 (prototype pollution)
// expect:  blocked
// layers:  guards
// family:  obfuscation
// inputs:  input
const o = String({});              // "[object Object]"
const t = String(!0);              // "true"
const under = String(/_/).slice(1, 2);
const p = (25).toString(36);         // "p"
const key = under + under + p + t[1] + o[1] + t[0] + o[1] + under + under;
input[key].rfPolluted = 1;
({}).rfPolluted === 1 ? "polluted" : "clean";
