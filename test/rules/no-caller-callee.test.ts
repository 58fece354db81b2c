/**
 * Why: `f.caller`, `arguments.callee` and `f.arguments` hand out functions and frames from outside
 * the guest's reach. The keys must be refused in every static spelling; the `arguments` object
 * itself (inside a function), and variables or labels that merely share the names, stay legal.
 */
import rule from "../../rules/no-caller-callee.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-caller-callee", rule, {
  valid: [
    "function g() { return arguments[0] }",
    "function g() { return arguments.length }",
    "function g(...args) { return args.length }",
    "o.callers",
    "o.calleeName",
    "let caller = 1, callee = 2; caller + callee",
    'x === "caller"',
    'const keys = ["callee", "caller", "arguments"]',
    "caller: for (;;) break caller;",
    "function f() {} f.name",
  ],
  invalid: [
    { code: "f.caller", errors: [{ messageId: "callerCallee", line: 1, column: 3, endLine: 1, endColumn: 9, message: "`caller` is not allowed: it exposes the calling function or the arguments object" }] },
    { code: "function f() { return arguments.callee }", errors: [{ messageId: "callerCallee", line: 1, column: 33, endLine: 1, endColumn: 39, message: "`callee` is not allowed: it exposes the calling function or the arguments object" }] },
    { code: "f.arguments", errors: [{ messageId: "callerCallee", line: 1, column: 3, endColumn: 12, message: "`arguments` is not allowed: it exposes the calling function or the arguments object" }] },
    { code: 'f["caller"]', errors: [{ messageId: "callerCallee", line: 1, column: 3, endColumn: 11 }] },
    { code: "o[`callee`]", errors: [{ messageId: "callerCallee", line: 1, column: 3, endColumn: 11 }] },
    { code: "o.\\u0063aller", errors: [{ messageId: "callerCallee", line: 1, column: 3, endColumn: 14 }] },
    { code: "f?.caller", errors: [{ messageId: "callerCallee", line: 1, column: 4, endColumn: 10 }] },
    { code: "const { caller } = f", errors: [{ messageId: "callerCallee", line: 1, column: 9, endColumn: 15 }] },
    { code: "const { callee: c } = o", errors: [{ messageId: "callerCallee", line: 1, column: 9, endColumn: 15 }] },
    { code: "({ callee: 1 })", errors: [{ messageId: "callerCallee", line: 1, column: 4, endColumn: 10 }] },
    { code: "class A { static arguments() {} }", errors: [{ messageId: "callerCallee", line: 1, column: 18, endColumn: 27 }] },
    { code: "class A { caller = 1 }", errors: [{ messageId: "callerCallee", line: 1, column: 11, endColumn: 17 }] },
    { code: '"arguments" in f', errors: [{ messageId: "callerCallee", line: 1, column: 1, endColumn: 12 }] },
    { code: 'Reflect.get(f, "caller")', errors: [{ messageId: "callerCallee", line: 1, column: 16, endColumn: 24 }] },
    { code: 'Object.getOwnPropertyDescriptor(Function.prototype, "caller")', errors: [{ messageId: "callerCallee", line: 1, column: 53, endColumn: 61 }] },
    { code: "function f() {\n  return f.caller.arguments;\n}", errors: [
      { messageId: "callerCallee", line: 2, column: 12, endColumn: 18 },
      { messageId: "callerCallee", line: 2, column: 19, endColumn: 28 },
    ] },
  ],
});
