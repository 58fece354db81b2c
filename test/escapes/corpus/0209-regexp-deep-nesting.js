// vector:  a dynamic pattern nested 10000 groups deep: V8's regexp compiler recurses once per level and aborts the process at ordinary stack depth
// origin:  V8 "RegExpCompiler Allocation failed - process out of memory" on deeply nested groups (1000 deep compiles, 10000 aborts, 50000 is "Too many captures")
// expect:  blocked
// layers:  harden
// family:  resource-edge
// hazard:  aborts-process
// note:    built at run time, so the validator (no-unsafe-regex) cannot see it; tame-regexp.ts refuses patterns nested deeper than 20 levels with a SyntaxError before V8 compiles them
const depth = 10000;
new RegExp("(".repeat(depth) + "a|b" + ")*".repeat(depth)).test("ab");
