// vector:  reads host function source by implicit conversion: a template literal and string concatenation call Function.prototype.toString
// origin:  vm2 ATTACKS.md built-ins (Function.prototype.toString discloses host code); ShadowRealm callable boundary
// expect:  blocked
// layers:  isolation
// family:  host-function-members
// globals: hostObj hostThrow
`${hostObj.greet}` + "|" + (hostThrow + "");
