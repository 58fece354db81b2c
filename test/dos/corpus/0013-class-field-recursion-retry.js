// family:  cpu
// vector:  a class field initializer constructs the class again, catching the overflow and retrying (no loop, no named call)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
class A {
  x = (() => { try { return new A(); } catch (e) { return new A(); } })();
}
new A();
