// family:  cpu
// vector:  mutual recursion (even/odd) just under the stack limit, forever
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
function even(n) { return n === 0 ? true : odd(n - 1); }
function odd(n) { return n === 0 ? false : even(n - 1); }
for (;;) even(3000);
