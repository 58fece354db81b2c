/**
 * Why: `__defineGetter__` and friends install and extract accessors on any object, prototypes
 * included, outside the get/set syntax the rules understand. All four keys, in every static
 * spelling, must be refused; modern accessor syntax and look-alike names stay legal.
 */
import rule from "../../rules/no-legacy-accessors.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-legacy-accessors", rule, {
  valid: [
    "({ get x() { return 1 }, set x(v) {} })",
    "class A { get x() { return 1 } static set y(v) {} }",
    'Object.defineProperty(o, "x", { get() { return 1 } })',
    "Object.getOwnPropertyDescriptor(o, \"x\")",
    "o.defineGetter",
    "o.__defineGetter",
    "const __lookupGetter__ = 1; __lookupGetter__ + 1",
    'x === "__defineSetter__"',
  ],
  invalid: [
    { code: 'o.__defineGetter__("x", f)', errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endLine: 1, endColumn: 19, message: "`__defineGetter__` is not allowed: legacy accessor methods change objects behind the guards' back" }] },
    { code: 'o.__defineSetter__("x", f)', errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endColumn: 19, message: "`__defineSetter__` is not allowed: legacy accessor methods change objects behind the guards' back" }] },
    { code: 'o.__lookupGetter__("x")', errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endColumn: 19, message: "`__lookupGetter__` is not allowed: legacy accessor methods change objects behind the guards' back" }] },
    { code: 'o.__lookupSetter__("x")', errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endColumn: 19, message: "`__lookupSetter__` is not allowed: legacy accessor methods change objects behind the guards' back" }] },
    { code: 'o["__defineGetter__"]', errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endColumn: 21 }] },
    { code: "o[`__lookupSetter__`]", errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endColumn: 21 }] },
    { code: "o.\\u005f_defineGetter__", errors: [{ messageId: "legacyAccessor", line: 1, column: 3, endColumn: 24 }] },
    { code: "o?.__lookupGetter__", errors: [{ messageId: "legacyAccessor", line: 1, column: 4, endColumn: 20 }] },
    { code: 'Object.prototype.__lookupGetter__.call(o, "x")', errors: [{ messageId: "legacyAccessor", line: 1, column: 18, endColumn: 34 }] },
    { code: "const { __defineSetter__: d } = o", errors: [{ messageId: "legacyAccessor", line: 1, column: 9, endColumn: 25 }] },
    { code: "const { __defineSetter__ } = o", errors: [{ messageId: "legacyAccessor", line: 1, column: 9, endColumn: 25 }] },
    { code: "({ __lookupGetter__() {} })", errors: [{ messageId: "legacyAccessor", line: 1, column: 4, endColumn: 20 }] },
    { code: "class A { __defineGetter__() {} }", errors: [{ messageId: "legacyAccessor", line: 1, column: 11, endColumn: 27 }] },
    { code: '"__lookupSetter__" in o', errors: [{ messageId: "legacyAccessor", line: 1, column: 1, endColumn: 19 }] },
    { code: 'Reflect.get(o, "__defineGetter__")', errors: [{ messageId: "legacyAccessor", line: 1, column: 16, endColumn: 34 }] },
  ],
});
