// vector:  returns an Error whose `cause` (an own property the error copier might carry over) is an endowed host function
// origin:  vm2 ATTACKS.md error objects (SuppressedError, AggregateError fields); ES2022 error cause
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// globals: hostFn
// note:    copy-out rebuilds an error from its name and message only
new TypeError("with a cause", { cause: hostFn });
