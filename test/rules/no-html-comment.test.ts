/**
 * Why: `<!--` and `-->` start comments in scripts but are operators in modules, a parser differential
 * that has hidden code from filters. The rule reports every HTML-like comment the script parser
 * found, at the comment; the same characters inside strings, templates, regular expressions or
 * ordinary comments, and the operators written with spaces (`a < !--b`, `a-- > b`), stay legal.
 */
import rule from "../../rules/no-html-comment.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-html-comment", rule, {
  valid: [
    "a < !--b",
    "a-- > b",
    "a --> b",
    '"<!-- -->"',
    "`<!--\n-->`",
    "/<!--/.test(s)",
    "// <!-- -->",
    "/* <!--\n--> */",
    // In a module these are operators, never comments: nothing here is hidden from the parser.
    { code: "let a = 1, b = 2; a <!--b", mode: "module" },
  ],
  invalid: [
    { code: "<!-- hi", errors: [{ messageId: "htmlComment", line: 1, column: 1, endLine: 1, endColumn: 8, message: "HTML-like comments are not allowed" }] },
    { code: "x = 1 <!-- the rest is hidden", errors: [{ messageId: "htmlComment", line: 1, column: 7, endLine: 1, endColumn: 30 }] },
    { code: "a <!--b", errors: [{ messageId: "htmlComment", line: 1, column: 3, endColumn: 8 }] },
    { code: "x = 1\n--> hi", errors: [{ messageId: "htmlComment", line: 2, column: 1, endLine: 2, endColumn: 7 }] },
    { code: "x = 1\n  --> hi", errors: [{ messageId: "htmlComment", line: 2, column: 3, endLine: 2, endColumn: 9 }] },
    { code: "-->", errors: [{ messageId: "htmlComment", line: 1, column: 1, endColumn: 4 }] },
    { code: "/* c */ --> hi", errors: [{ messageId: "htmlComment", line: 1, column: 9, endColumn: 15 }] },
    { code: "x\n/* a\n */ --> hi", errors: [{ messageId: "htmlComment", line: 3, column: 5, endLine: 3, endColumn: 11 }] },
    { code: "x = 1;\n<!-- a\n--> b", errors: [
      { messageId: "htmlComment", line: 2, column: 1, endLine: 2, endColumn: 7 },
      { messageId: "htmlComment", line: 3, column: 1, endLine: 3, endColumn: 6 },
    ] },
    { code: "a <!-- b", mode: "expression", errors: [{ messageId: "htmlComment", line: 1, column: 3, endColumn: 9 }] },
    { code: "with (o) {} <!-- c", sloppy: true, errors: [{ messageId: "htmlComment", line: 1, column: 13, endColumn: 19 }] },
  ],
});
