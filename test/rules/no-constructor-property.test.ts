/**
 * Why: `x.constructor.constructor` is the most common sandbox escape there is, so every static
 * spelling of the key must be refused - dotted, computed, template, escaped, optional, destructured,
 * class members, `in`, and string arguments of calls - while the same word in a non-key position
 * (a variable, a comparison, a regular expression) and the class constructor itself stay legal.
 */
import rule from "../../rules/no-constructor-property.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-constructor-property", rule, {
  valid: [
    "o.constructorName",
    "o.Constructor",
    'x === "constructor"',
    'const s = "constructor"',
    '["constructor"]',
    "let constructor = 1; constructor + 1",
    "constructor: for (;;) break constructor;",
    "class A { constructor() {} }",
    'class A { "constructor"() {} }',
    "class A extends B { constructor() { super() } }",
    "s.match(/constructor/)",
    "tag`constructor`",
    'o["constr" + "uctor"]',
    "o[`${k}constructor`]",
    "x instanceof Array",
    'JSON.parse(`{"constructor": 1}`)',
  ],
  invalid: [
    { code: "o.constructor", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endLine: 1, endColumn: 14 }] },
    { code: '[].constructor.constructor("return this")()', errors: [
      { messageId: "constructorAccess", line: 1, column: 4, endColumn: 15 },
      { messageId: "constructorAccess", line: 1, column: 16, endColumn: 27, message: "`constructor` is not allowed: it climbs to constructors such as Function" },
    ] },
    // Spelling variants.
    { code: 'o["constructor"]', errors: [{ messageId: "constructorAccess", line: 1, column: 3, endLine: 1, endColumn: 16 }] },
    { code: "o['constructor']", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endColumn: 16 }] },
    { code: "o[`constructor`]", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endColumn: 16 }] },
    { code: "o[`\\u0063onstructor`]", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endColumn: 21 }] },
    { code: 'o["\\x63onstructor"]', errors: [{ messageId: "constructorAccess", line: 1, column: 3, endColumn: 19 }] },
    { code: "o.\\u0063onstructor", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endLine: 1, endColumn: 19 }] },
    { code: "o.\\u{63}onstructor", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endColumn: 19 }] },
    { code: "o?.constructor", errors: [{ messageId: "constructorAccess", line: 1, column: 4, endColumn: 15 }] },
    { code: 'o?.["constructor"]', errors: [{ messageId: "constructorAccess", line: 1, column: 5, endColumn: 18 }] },
    { code: '"constructor" in o', errors: [{ messageId: "constructorAccess", line: 1, column: 1, endColumn: 14 }] },
    { code: "`constructor` in o", errors: [{ messageId: "constructorAccess", line: 1, column: 1, endColumn: 14 }] },
    { code: 'Reflect.get(o, "constructor")', errors: [{ messageId: "constructorAccess", line: 1, column: 16, endColumn: 29 }] },
    { code: 'Reflect.get?.(o, "constructor")', errors: [{ messageId: "constructorAccess", line: 1, column: 18, endColumn: 31 }] },
    { code: 'Object.getOwnPropertyDescriptor(o, "constructor")', errors: [{ messageId: "constructorAccess", line: 1, column: 36, endColumn: 49 }] },
    { code: 'new Wrapper(o, "constructor")', errors: [{ messageId: "constructorAccess", line: 1, column: 16, endColumn: 29 }] },
    // A call argument counts as a key position whatever the callee: `Reflect.get` can be aliased.
    { code: 'log("constructor")', errors: [{ messageId: "constructorAccess", line: 1, column: 5, endColumn: 18 }] },
    // Destructuring.
    { code: "const {constructor: c} = o", errors: [{ messageId: "constructorAccess", line: 1, column: 8, endColumn: 19 }] },
    { code: "const {constructor} = o", errors: [{ messageId: "constructorAccess", line: 1, column: 8, endColumn: 19 }] },
    { code: 'const {["constructor"]: c} = o', errors: [{ messageId: "constructorAccess", line: 1, column: 9, endColumn: 22 }] },
    { code: "let c; ({constructor: c} = o)", errors: [{ messageId: "constructorAccess", line: 1, column: 10, endColumn: 21 }] },
    { code: "for (const {constructor} of xs) {}", errors: [{ messageId: "constructorAccess", line: 1, column: 13, endColumn: 24 }] },
    { code: "function f({constructor}) {}", errors: [{ messageId: "constructorAccess", line: 1, column: 13, endColumn: 24 }] },
    // Object literal keys.
    { code: "({ constructor: 1 })", errors: [{ messageId: "constructorAccess", line: 1, column: 4, endColumn: 15 }] },
    { code: '({ "constructor": 1 })', errors: [{ messageId: "constructorAccess", line: 1, column: 4, endColumn: 17 }] },
    { code: "({ constructor() {} })", errors: [{ messageId: "constructorAccess", line: 1, column: 4, endColumn: 15 }] },
    { code: "({ get constructor() { return 1 } })", errors: [{ messageId: "constructorAccess", line: 1, column: 8, endColumn: 19 }] },
    { code: '({ ["constructor"]: 1 })', errors: [{ messageId: "constructorAccess", line: 1, column: 5, endColumn: 18 }] },
    // Class members other than the class constructor itself.
    { code: "class A { static constructor() {} }", errors: [{ messageId: "constructorAccess", line: 1, column: 18, endColumn: 29 }] },
    { code: 'class A { ["constructor"]() {} }', errors: [{ messageId: "constructorAccess", line: 1, column: 12, endColumn: 25 }] },
    { code: "class A { static get constructor() { return 1 } }", errors: [{ messageId: "constructorAccess", line: 1, column: 22, endColumn: 33 }] },
    { code: 'class A { ["constructor"] = 1 }', errors: [{ messageId: "constructorAccess", line: 1, column: 12, endColumn: 25 }] },
    { code: "class A extends B { m() { return super.constructor } }", errors: [{ messageId: "constructorAccess", line: 1, column: 40, endColumn: 51 }] },
    // Positions on later lines, and inside nested code.
    { code: "const f = () => {\n  return x\n    .constructor;\n};", errors: [{ messageId: "constructorAccess", line: 3, column: 6, endLine: 3, endColumn: 17 }] },
    { code: "`${o.constructor}`", errors: [{ messageId: "constructorAccess", line: 1, column: 6, endColumn: 17 }] },
    { code: "o.constructor", mode: "expression", errors: [{ messageId: "constructorAccess", line: 1, column: 3, endColumn: 14 }] },
  ],
});
