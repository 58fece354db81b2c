// vector:  an async generator method with for await and yield* over an endowment's values, hidden in a class body
// origin:  vm2 CVE-2026-45411 (yield* in async generators); vm2 ATTACKS.md Promise/async escapes
// expect:  blocked
// layers:  none
// family:  async-promises
// inputs:  input
// note:    async generators and for await are refused by the rewriter whatever the layers (substrate)
class Stream {
  static async *pump(source) {
    for await (const item of source) yield* [item];
  }
}
Stream.pump(input.list).next();
"pumping";
