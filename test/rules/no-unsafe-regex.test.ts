/**
 * Why: the rule reports, at the literal (or the `RegExp(...)` call with static text), every regular
 * expression the realm would refuse to run: nested deeper than the compiler can take, or a nested
 * quantifier V8's linear engine cannot take over. Nested quantifiers the linear engine runs (no i/u/v/d
 * flag, no lookaround or backreference) stay legal, and so does everything the rule cannot read.
 */
import rule from "../../rules/no-unsafe-regex.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();
const deep = "(".repeat(21) + "a" + ")".repeat(21);

ruleTester.run("no-unsafe-regex", rule, {
  valid: [
    "/abc/i.test(s)",
    // The linear engine takes these over when they backtrack too much.
    "/(a+)+$/.test(s)",
    "/(a|a)*b/g.test(s)",
    "/^(\\w+\\s?)*$/m.test(s)",
    // Nested, but bounded: no exponential blow-up.
    "/^(\\d{1,3}\\.){3}\\d{1,3}$/i.test(s)",
    "/(ab)+c/i.test(s)",
    "/(?=a)b+/.test(s)",
    "/[(a+)+]*/i.test(s)",
    `/${"(".repeat(20)}a${")".repeat(20)}/`,
    // Not readable statically; the realm decides when it runs.
    'new RegExp(p, "i")',
    'new RegExp("(a+)+$", flags)',
    // A local RegExp is not the builtin.
    'function RegExp() {} new RegExp("(a+)+$", "i")',
    'o.RegExp("(a+)+$", "i")',
  ],
  invalid: [
    { code: "/(a+)+$/i.test(s)", errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endLine: 1, endColumn: 10,
      message: "the regular expression /(a+)+$/i is refused: it repeats a group that can itself repeat or branch (a nested quantifier at index 4), which can backtrack catastrophically" }] },
    { code: "x = /(.*a){25}/", errors: [{ messageId: "unsafeRegex", line: 1, column: 5, endColumn: 16 }] },
    { code: "/(a|aa)+$/u", errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endColumn: 12 }] },
    { code: "/^(a+)+\\1$/", errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endColumn: 12 }] },
    { code: "/(?=(a+)+$)/", errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endColumn: 13 }] },
    { code: `f(\n  /${deep}/)`, errors: [{ messageId: "unsafeRegex", line: 2, column: 3, endLine: 2, endColumn: 5 + deep.length,
      message: `the regular expression /${deep.slice(0, 40)}.../ is refused: it nests groups deeper than 20 levels` }] },
    { code: 'new RegExp("(a+)+$", "i")', errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endColumn: 26 }] },
    { code: "RegExp(`(a|a)*b`, 'd')", errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endColumn: 23 }] },
    { code: 'new RegExp("(?<=x)(y*)*")', errors: [{ messageId: "unsafeRegex", line: 1, column: 1, endColumn: 26 }] },
  ],
});
