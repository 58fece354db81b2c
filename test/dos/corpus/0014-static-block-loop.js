// family:  cpu
// vector:  an endless loop inside a class static block, against a small step budget
// api:     evaluate
// config:  {"limits":{"steps":100000,"timeoutMs":400}}
// expect:  budget steps
class A {
  static {
    let i = 0;
    for (;;) i++;
  }
}
