// vector:  fetches the __proto__ setter with a computed __lookupSetter__ and re-parents the prototype behind a host array
// origin:  SES permits (legacy accessor methods removed); vm2 ATTACKS.md host prototype pollution via write traps
// expect:  blocked
// layers:  guards
// family:  proto-pollution
// inputs:  input
const lookup = input.list[["__looku", "pSetter__"].join("")];
const setter = lookup.call(input.list, ["__", "proto", "__"].join(""));
const arrayProto = Reflect.getPrototypeOf(input.list);
const evil = { rfPolluted: 1 };
Reflect.setPrototypeOf(evil, Reflect.getPrototypeOf(arrayProto));
setter.call(arrayProto, evil);
[].rfPolluted === 1 ? "polluted" : "clean";
