// vector:  proto[key] &&= evil with a flipping key object: a logical assignment re-parents the prototype behind a host array
// origin:  vm2 ATTACKS.md key coercion; vm2 transformer blind spots for ES2021 logical assignment
// expect:  blocked
// layers:  guards
// family:  key-coercion
// inputs:  input
const arrayProto = Reflect.getPrototypeOf(input.list);
const evil = { rfPolluted: 1 };
Reflect.setPrototypeOf(evil, Reflect.getPrototypeOf(arrayProto));
let n = 0;
const key = { toString() { n++; return n > 0 ? "__proto__" : "length"; } };
arrayProto[key] &&= evil;
[].rfPolluted === 1 ? "polluted" : "clean";
