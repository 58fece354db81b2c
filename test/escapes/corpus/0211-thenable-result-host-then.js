// vector:  returns a thenable whose `then` is an endowed host function, so a host that awaits or resolves with the result calls host code with its own resolvers
// origin:  vm2 ATTACKS.md Promise/async escapes (thenables handed to host code); Node issue #3020
// expect:  blocked
// layers:  isolation
// family:  async-promises
// globals: hostSloppy
// note:    with the membrane, a function never leaves: the wrapper the guest sees is a realm function and copy-out refuses it
({ value: 1, then: hostSloppy });
