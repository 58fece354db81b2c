/**
 * Why: `with (o) x` decides at run time whether `x` is a variable or a property of `o`, which defeats
 * every static name check and the rewriter's guards. Strict mode already makes it a syntax error; the
 * rule exists so the user is told why. The cases run on the sloppy AST, as the sandbox does when it
 * explains a strict-mode syntax error; the word `with` as a property name stays legal.
 */
import rule from "../../rules/no-with.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-with", rule, {
  valid: [
    "o.with",
    "({ with: 1 })",
    "const { with: w } = { with: 1 }",
    "withDefaults(o)",
    'x === "with"',
    "class A { with() {} }",
    // Not strict code, but nothing for this rule to say: only the syntax error remains.
    { code: "var n = 010", sloppy: true },
  ],
  invalid: [
    { code: "with (o) {}", sloppy: true, errors: [{ messageId: "unexpectedWith", line: 1, column: 1, endLine: 1, endColumn: 12, message: "`with` statements are not allowed: they make name lookup dynamic" }] },
    { code: "with (o) x;", sloppy: true, errors: [{ messageId: "unexpectedWith", line: 1, column: 1, endLine: 1, endColumn: 12 }] },
    { code: "with (Math) max(1, 2)", sloppy: true, errors: [{ messageId: "unexpectedWith", line: 1, column: 1, endColumn: 22 }] },
    { code: "function f() { with (a) { with (b) {} } }", sloppy: true, errors: [
      { messageId: "unexpectedWith", line: 1, column: 16, endColumn: 40 },
      { messageId: "unexpectedWith", line: 1, column: 27, endColumn: 38 },
    ] },
    { code: "let a = 1;\nwith (o) {\n  a;\n}", sloppy: true, errors: [{ messageId: "unexpectedWith", line: 2, column: 1, endLine: 4, endColumn: 2 }] },
    { code: "if (x) with (o) y; else z;", sloppy: true, errors: [{ messageId: "unexpectedWith", line: 1, column: 8, endColumn: 19 }] },
    { code: "const f = () => { with (o) {} }", sloppy: true, errors: [{ messageId: "unexpectedWith", line: 1, column: 19, endColumn: 30 }] },
  ],
});
