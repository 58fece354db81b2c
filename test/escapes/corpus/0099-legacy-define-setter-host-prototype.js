// vector:  takes __defineSetter__ off an input with a computed key and calls it on the prototype behind the input, planting a setter every object inherits
// origin:  SES permits (legacy accessor methods removed); vm2 ATTACKS.md host prototype pollution via write traps
// expect:  blocked
// layers:  guards
// family:  proto-pollution
// inputs:  input
const define = input[["__define", "Setter", "__"].join("")];
define.call(Reflect.getPrototypeOf(input), "rfPolluted", function (v) { /* swallows writes */ });
"planted";
