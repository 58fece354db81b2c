// vector:  Object.assign(prototype behind an input, parsed JSON): a merge that writes into whichever Object.prototype the input has
// origin:  mathjs 2020 math.config pollution; classic deep-merge prototype pollution (JSON merged into a prototype)
// expect:  blocked
// layers:  none
// family:  proto-pollution
// inputs:  input
// combination: harden isolation
// note:    isolation alone makes the target the realm's Object.prototype, which only harden freezes; harden alone leaves the host's Object.prototype behind a raw input
try { Object.assign(Reflect.getPrototypeOf(input), JSON.parse('{"rfPolluted": 1}')); } catch (e) { /* frozen */ }
({}).rfPolluted === 1 ? "polluted" : "clean";
