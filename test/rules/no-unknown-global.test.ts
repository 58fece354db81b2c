/**
 * Why: every free name is a capability, so a name that is not declared in the program and not
 * permitted by the policy is refused at every use - host names (`process`, `require`, `console`)
 * with their own message. These tests pin the scope analysis the rule relies on: hoisting, block
 * scoping, `arguments`, parameter and switch scopes, and the policy's `permitted` list.
 */
import rule from "../../rules/no-unknown-global.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();
const unknown = (line: number, column: number, endColumn: number, name?: string) => ({
  messageId: "unknownGlobal" as const, line, column, endLine: line, endColumn,
  ...(name ? { message: `\`${name}\` is not defined in the sandbox` } : {}),
});
const host = (line: number, column: number, endColumn: number, name?: string) => ({
  messageId: "hostGlobal" as const, line, column, endLine: line, endColumn,
  ...(name ? { message: `\`${name}\` belongs to the host and is not available in the sandbox` } : {}),
});

ruleTester.run("no-unknown-global", rule, {
  valid: [
    // Promise exists in asynchronous evaluation only.
    { code: "await Promise.resolve(1)", async: true },
    // Declared names, hoisting included.
    "f(); function f() {}",
    "new A(); class A {}",
    "x = 1; var x",
    "{ var v = 1 } v",
    "function g() { if (true) { var w = 1 } return w }",
    "const f = function g() { return g }",
    "const C = class D { m() { return D } }",
    "try {} catch (e) { e }",
    "for (let i = 0; i < 3; i++) { i }",
    "for (const [k, v] of Object.entries({})) { k + v }",
    "const { a, b: [c = a, ...d], ...e } = {}; a + c + d + e",
    "function h(a, b = a, ...rest) { return rest }",
    // `arguments` belongs to non-arrow functions.
    "function g() { return arguments }",
    "function g() { return () => arguments }",
    "({ m() { return arguments } })",
    // Names that are not variables.
    "o => o.foo",
    "({ foo: 1, [\"bar\"]: 2 })",
    "l: for (;;) { break l }",
    "function f() { return new.target }",
    "class A { #p; m() { return #p in this } }",
    // Permitted names: the standard builtins by default, a custom list when given.
    "Math.max(1, 2) + JSON.stringify([]).length",
    "globalThis.Array",
    { code: "price * qty", permitted: ["price", "qty"] },
    { code: "price * qty", mode: "expression", permitted: ["price", "qty"] },
    { code: "process.exit()", permitted: ["process"] },
    { code: 'import { a as b } from "m"; b', mode: "module" },
    { code: "export default function f() {} f()", mode: "module" },
    // The right of `for (const x of x)` and a class heritage see the TDZ binding, not a global.
    "for (const process of process) {}",
    "class process extends process {}",
  ],
  invalid: [
    { code: "Promise.resolve(1)", errors: [{ messageId: "asyncOnly", line: 1, column: 1, endLine: 1, endColumn: 8, message: "`Promise` is available only in asynchronous evaluation" }] },
    { code: "foo", errors: [unknown(1, 1, 4, "foo")] },
    { code: "x; x", errors: [unknown(1, 1, 2), unknown(1, 4, 5)] },
    { code: "Math.max(a, b)", errors: [unknown(1, 10, 11, "a"), unknown(1, 13, 14, "b")] },
    { code: "process.exit()", errors: [host(1, 1, 8, "process")] },
    { code: 'require("fs")', errors: [host(1, 1, 8, "require")] },
    { code: "console.log(1)", errors: [host(1, 1, 8, "console")] },
    { code: "window.document", errors: [host(1, 1, 7, "window")] },
    { code: "const f = eval", errors: [host(1, 11, 15, "eval")] },
    // A custom list replaces the defaults. Any name the host's global object has (a builtin the
    // policy leaves out included) gets the host message.
    { code: "Math.max(price)", permitted: ["price"], errors: [host(1, 1, 5, "Math")] },
    { code: "new Map()", mode: "expression", permitted: ["Math", "JSON"], errors: [host(1, 5, 8, "Map")] },
    { code: "rate * qty", mode: "expression", permitted: ["qty"], errors: [unknown(1, 1, 5, "rate")] },
    { code: "globalThis", permitted: [], errors: [host(1, 1, 11, "globalThis")] },
    // Block scoping: a block's let/const/class/function is not visible outside it.
    { code: "{ let a } a", errors: [unknown(1, 11, 12, "a")] },
    { code: "{ const b = 1 }\nb", errors: [unknown(2, 1, 2, "b")] },
    { code: "{ class K {} } new K()", errors: [unknown(1, 20, 21, "K")] },
    { code: "{ function h() {} } h()", errors: [unknown(1, 21, 22, "h")] },
    { code: "for (let i = 0; i < 1; i++) {} i", errors: [unknown(1, 32, 33, "i")] },
    { code: "try {} catch (e) {} e", errors: [unknown(1, 21, 22, "e")] },
    { code: "switch (1) { case 1: let s = 1 } s", errors: [unknown(1, 34, 35, "s")] },
    { code: "class A { static { var z = 1 } } z", errors: [unknown(1, 34, 35, "z")] },
    { code: "const f = function g() {}; g", errors: [unknown(1, 28, 29, "g")] },
    { code: "(class C {}); C", errors: [unknown(1, 15, 16, "C")] },
    { code: "function f(p) {} p", errors: [unknown(1, 18, 19, "p")] },
    // `arguments` outside any non-arrow function.
    { code: "arguments", errors: [host(1, 1, 10, "arguments")] },
    { code: "const f = () => arguments", errors: [host(1, 17, 26, "arguments")] },
    // typeof does not make an unknown name legal: it is still a capability probe (and usually a typo).
    { code: "typeof foo", errors: [unknown(1, 8, 11, "foo")] },
    { code: 'typeof require === "function"', errors: [host(1, 8, 15, "require")] },
    // Shorthand properties and defaults read variables.
    { code: "({ foo })", errors: [unknown(1, 4, 7, "foo")] },
    { code: "const { a = b } = {}", errors: [unknown(1, 13, 14, "b")] },
    { code: "class A { x = y }", errors: [unknown(1, 15, 16, "y")] },
    { code: "class A extends Base {}", errors: [unknown(1, 17, 21, "Base")] },
    { code: "o[k]", errors: [unknown(1, 1, 2, "o"), unknown(1, 3, 4, "k")] },
    { code: "price * qty", mode: "expression", errors: [unknown(1, 1, 6, "price"), unknown(1, 9, 12, "qty")] },
    { code: "export { a as b }; var a = c", mode: "module", errors: [unknown(1, 28, 29, "c")] },
    { code: "with (o) { x }", sloppy: true, errors: [unknown(1, 7, 8, "o"), unknown(1, 12, 13, "x")] },
    // A parameter default is evaluated in its own scope: the body's declarations are not visible
    // there, so `process` below is the host global. The scope analysis puts both in one scope.
    { code: "function f(a = process) { var process; return a }", errors: [host(1, 16, 23, "process")] },
    { code: "function f(a = process) { let process; return a }", errors: [host(1, 16, 23, "process")] },
    { code: "const f = (a = process) => { var process; return a }", errors: [host(1, 16, 23, "process")] },
    // The discriminant of a switch is evaluated outside the switch's block scope.
    { code: "switch (process) { default: let process }", errors: [host(1, 9, 16, "process")] },
  ],
});
