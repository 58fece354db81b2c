// vector:  the result holds a Proxy function whose getPrototypeOf trap runs when host code asks `value instanceof Function`
// origin:  vm2 ATTACKS.md util.inspect handler exposure and proxy traps (host code running guest traps after the run)
// expect:  blocked
// layers:  isolation
// family:  proxy-reflect
// note:    the trap itself cannot do anything after the run (its first tick refuses), but the host has run guest code outside the budget
const trap = new Proxy(function () {}, { getPrototypeOf() { return null; } });
({ report: "done", trap });
