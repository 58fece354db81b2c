// family:  regex
// vector:  compiles a regex with a capturing group in a catch block at the stack edge (aborts plain Node with "RegExpCompiler Allocation failed")
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value false or guest-error RangeError
// hazard:  aborts-process
// note:    the run may end either way; what matters is that the host survives it
function f(n){ try { return f(n+1) } catch { return /(a|b)*c/.test("ab") } } f(0)
