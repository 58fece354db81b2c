// vector:  finds "__proto__" by listing the own names of the prototype behind an input, then writes through input[name]
// origin:  SandboxJS CVE-2025-34146 (#31, prototype pollution); vm2 GHSA-2cm2 (keys computed at run time)
// expect:  blocked
// layers:  guards
// family:  obfuscation
// inputs:  input
// note:    the key is never spelled, so only the runtime key guard sees it
const names = Object.getOwnPropertyNames(Reflect.getPrototypeOf(input));
const name = names.find((n) => n.length === 9 && n.charCodeAt(0) === 95 && n.charCodeAt(8) === 95);
if (name !== undefined) input[name].rfPolluted = 1;
({}).rfPolluted === 1 ? "polluted" : "clean";
