// vector:  calls the override-taming setter of Function.prototype.call with an endowed host function as the receiver, planting an own `call` on it
// origin:  SES overrideTaming; vm2 ATTACKS.md host prototype pollution via write traps
// expect:  blocked
// layers:  isolation
// family:  host-function-members
// globals: hostFn
const d = Object.getOwnPropertyDescriptor(Reflect.getPrototypeOf(() => 0), "call");
const mine = function () { return "rfLeft"; };
try {
  if (d.set) d.set.call(hostFn, mine);
  else hostFn.call = mine;
} catch (e) { /* frozen wrapper */ }
hostFn.call() === "rfLeft" ? "planted" : "refused";
