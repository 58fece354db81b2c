// vector:  re-parents the prototype behind a host array through an array destructuring assignment whose target is proto[k]
// origin:  SandboxJS GHSA-ww7g-4gwx-m7wj (destructuring); vm2 ATTACKS.md host prototype pollution via write traps
// expect:  blocked
// layers:  guards
// family:  proto-pollution
// inputs:  input
const arrayProto = Reflect.getPrototypeOf(input.list);
const evil = { rfPolluted: 1 };
Reflect.setPrototypeOf(evil, Reflect.getPrototypeOf(arrayProto));
const k = ["__", "proto", "__"].join("");
[arrayProto[k]] = [evil];
[].rfPolluted === 1 ? "polluted" : "clean";
