// vector:  Reflect.setPrototypeOf on the prototype behind a host array input
// origin:  vm2 ATTACKS.md host prototype pollution via write traps; SandboxJS CVE-2025-34146
// expect:  blocked
// layers:  none
// inputs:  input
// combination: harden isolation
// note:    isolation alone moves the target into the realm (the realm's Array.prototype is re-parented instead); harden alone leaves host inputs raw; the two together stop it
const evil = { rfPolluted: 1 };
Reflect.setPrototypeOf(evil, Reflect.getPrototypeOf(Reflect.getPrototypeOf(input.list)));
Reflect.setPrototypeOf(Reflect.getPrototypeOf(input.list), evil);
"re-parented";
