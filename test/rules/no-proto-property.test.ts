/**
 * Why: `__proto__` reads and replaces prototypes - the classic road to prototype pollution. Every
 * static spelling (dotted, computed, template, escaped, shorthand, literal key, class field, `in`,
 * call argument) must be refused, while look-alikes, private names and the word inside data stay legal.
 */
import rule from "../../rules/no-proto-property.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-proto-property", rule, {
  valid: [
    "o.__proto",
    "o.proto",
    "o.__proto__x",
    'x === "__proto__"',
    'const key = "__proto__"',
    "const __proto__ = 1; __proto__ + 1",
    "Object.getPrototypeOf(o)",
    "Object.create(null)",
    'JSON.parse(`{"__proto__": 1}`)',
    "class A { #__proto__ = 1; m() { return this.#__proto__ } }",
    "__proto__: for (;;) break __proto__;",
    'o["__pro" + "to__"]',
  ],
  invalid: [
    { code: "o.__proto__", errors: [{ messageId: "protoAccess", line: 1, column: 3, endLine: 1, endColumn: 12 }] },
    { code: "o.__proto__ = p", errors: [{ messageId: "protoAccess", line: 1, column: 3, endColumn: 12 }] },
    { code: 'o["__proto__"]', errors: [{ messageId: "protoAccess", line: 1, column: 3, endLine: 1, endColumn: 14 }] },
    { code: "o[`__proto__`] = p", errors: [{ messageId: "protoAccess", line: 1, column: 3, endColumn: 14 }] },
    { code: "o.\\u005f_proto__", errors: [{ messageId: "protoAccess", line: 1, column: 3, endColumn: 17 }] },
    { code: "o?.__proto__", errors: [{ messageId: "protoAccess", line: 1, column: 4, endColumn: 13 }] },
    { code: "delete o.__proto__", errors: [{ messageId: "protoAccess", line: 1, column: 10, endColumn: 19 }] },
    { code: "({ __proto__: null })", errors: [{ messageId: "protoAccess", line: 1, column: 4, endColumn: 13, message: "`__proto__` is not allowed: it reads or replaces an object's prototype" }] },
    { code: '({ "__proto__": p })', errors: [{ messageId: "protoAccess", line: 1, column: 4, endColumn: 15 }] },
    { code: '({ ["__proto__"]: p })', errors: [{ messageId: "protoAccess", line: 1, column: 5, endColumn: 16 }] },
    { code: "const p = { __proto__ }", errors: [{ messageId: "protoAccess", line: 1, column: 13, endColumn: 22 }] },
    { code: "const { __proto__: p } = o", errors: [{ messageId: "protoAccess", line: 1, column: 9, endColumn: 18 }] },
    { code: "const { __proto__ } = o", errors: [{ messageId: "protoAccess", line: 1, column: 9, endColumn: 18 }] },
    { code: '({ "__proto__"() {} })', errors: [{ messageId: "protoAccess", line: 1, column: 4, endColumn: 15 }] },
    { code: "class A { __proto__ = 1 }", errors: [{ messageId: "protoAccess", line: 1, column: 11, endColumn: 20 }] },
    { code: "class A { static __proto__() {} }", errors: [{ messageId: "protoAccess", line: 1, column: 18, endColumn: 27 }] },
    { code: '"__proto__" in o', errors: [{ messageId: "protoAccess", line: 1, column: 1, endColumn: 12 }] },
    { code: 'Object.defineProperty(o, "__proto__", d)', errors: [{ messageId: "protoAccess", line: 1, column: 26, endColumn: 37 }] },
    { code: 'Reflect.set(o, `__proto__`, p)', errors: [{ messageId: "protoAccess", line: 1, column: 16, endColumn: 27 }] },
    { code: "x = {\n  a: 1,\n  __proto__: evil,\n}", errors: [{ messageId: "protoAccess", line: 3, column: 3, endLine: 3, endColumn: 12 }] },
  ],
});
