// vector:  reads the host functions' source with fn.toString() and returns it
// origin:  vm2 ATTACKS.md built-ins (Function.prototype.toString discloses host code); ShadowRealm callable boundary
// expect:  blocked
// layers:  isolation
// globals: hostFn hostObj
hostFn.toString() + " | " + hostObj.greet.toString();
