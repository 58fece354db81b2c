/**
 * Why: a direct `eval(s)` runs text that never went through the validator or the rewriter, in the
 * scope that holds the guards. Every call whose callee is the name `eval` - parenthesised, optional,
 * escaped - is refused; methods and variables that merely look like it stay legal. A bare `eval`
 * reference and indirect calls are left to no-unknown-global, which refuses the name itself.
 */
import rule from "../../rules/no-direct-eval.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-direct-eval", rule, {
  valid: [
    'o.eval("1")',
    'o["eval"]("1")',
    'evaluate("1")',
    "const evil = 1; evil",
    '({ eval: 1 }).eval',
    'x === "eval"',
    // Not direct evals: the name is still refused by no-unknown-global.
    "const e = eval",
    '(0, eval)("1")',
    "eval`1`",
    "new eval()",
  ],
  invalid: [
    { code: 'eval("1 + 1")', errors: [{ messageId: "unexpectedEval", line: 1, column: 1, endLine: 1, endColumn: 5, message: "`eval` is not available in the sandbox" }] },
    { code: "eval(s)", mode: "expression", errors: [{ messageId: "unexpectedEval", line: 1, column: 1, endColumn: 5 }] },
    { code: '(eval)("1")', errors: [{ messageId: "unexpectedEval", line: 1, column: 2, endColumn: 6 }] },
    { code: '((eval))("1")', errors: [{ messageId: "unexpectedEval", line: 1, column: 3, endColumn: 7 }] },
    { code: 'eval?.("1")', errors: [{ messageId: "unexpectedEval", line: 1, column: 1, endColumn: 5 }] },
    { code: '\\u0065val("1")', errors: [{ messageId: "unexpectedEval", line: 1, column: 1, endColumn: 10 }] },
    { code: '\\u{65}val("1")', errors: [{ messageId: "unexpectedEval", line: 1, column: 1, endColumn: 10 }] },
    { code: "eval()", errors: [{ messageId: "unexpectedEval", line: 1, column: 1, endColumn: 5 }] },
    { code: 'f(eval("a"), eval("b"))', errors: [
      { messageId: "unexpectedEval", line: 1, column: 3, endColumn: 7 },
      { messageId: "unexpectedEval", line: 1, column: 14, endColumn: 18 },
    ] },
    { code: "function f(s) {\n  return eval(s);\n}", errors: [{ messageId: "unexpectedEval", line: 2, column: 10, endLine: 2, endColumn: 14 }] },
    { code: "const g = () => eval(`x`)", errors: [{ messageId: "unexpectedEval", line: 1, column: 17, endColumn: 21 }] },
  ],
});
