// vector:  returns a Date with own getTime/valueOf/toJSON and an enumerable getter, hoping the copy calls the guest's versions
// origin:  vm2 ATTACKS.md (host code trusting guest objects on the way out); SES harden limits (Date slots)
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    copy-out reads the time with the host's Date.prototype.getTime
const d = new Date(0);
const refuse = () => { throw new Error("guest method"); };
for (const key of ["getTime", "valueOf", "toJSON", "toISOString"]) Object.defineProperty(d, key, { value: refuse });
Object.defineProperty(d, "iso", { get() { return d.toJSON(); }, enumerable: true });
d;
