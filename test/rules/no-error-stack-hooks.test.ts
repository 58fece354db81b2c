/**
 * Why: V8 runs `Error.prepareStackTrace` whenever a stack is formatted - possibly by host code - and
 * hands it call sites; `captureStackTrace` feeds it. Both keys must be refused in every static
 * spelling, while reading `error.stack` or `error.message` and look-alike names stay legal.
 */
import rule from "../../rules/no-error-stack-hooks.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-error-stack-hooks", rule, {
  valid: [
    "try { f() } catch (e) { e.message }",
    "new Error(\"x\").stack",
    "Error.stackTraceLimit",
    "o.prepareStackTraces",
    "o.captureStack",
    "let prepareStackTrace = 1; prepareStackTrace + 1",
    'x === "captureStackTrace"',
    'new Error("no prepareStackTrace here")',
  ],
  invalid: [
    { code: "Error.prepareStackTrace = f", errors: [{ messageId: "stackHook", line: 1, column: 7, endLine: 1, endColumn: 24, message: "`prepareStackTrace` is not allowed: error stack hooks run code while stacks are formatted" }] },
    { code: "Error.captureStackTrace(o)", errors: [{ messageId: "stackHook", line: 1, column: 7, endLine: 1, endColumn: 24, message: "`captureStackTrace` is not allowed: error stack hooks run code while stacks are formatted" }] },
    { code: 'Error["prepareStackTrace"]', errors: [{ messageId: "stackHook", line: 1, column: 7, endColumn: 26 }] },
    { code: "Error[`captureStackTrace`](o)", errors: [{ messageId: "stackHook", line: 1, column: 7, endColumn: 26 }] },
    { code: "Error.\\u0063aptureStackTrace(o)", errors: [{ messageId: "stackHook", line: 1, column: 7, endColumn: 29 }] },
    { code: "Error?.prepareStackTrace", errors: [{ messageId: "stackHook", line: 1, column: 8, endColumn: 25 }] },
    { code: "const { captureStackTrace } = Error", errors: [{ messageId: "stackHook", line: 1, column: 9, endColumn: 26 }] },
    { code: "const { prepareStackTrace: p } = Error", errors: [{ messageId: "stackHook", line: 1, column: 9, endColumn: 26 }] },
    { code: "({ prepareStackTrace(e, sites) { return sites } })", errors: [{ messageId: "stackHook", line: 1, column: 4, endColumn: 21 }] },
    { code: "class E extends Error { static captureStackTrace() {} }", errors: [{ messageId: "stackHook", line: 1, column: 32, endColumn: 49 }] },
    { code: '"captureStackTrace" in Error', errors: [{ messageId: "stackHook", line: 1, column: 1, endColumn: 20 }] },
    { code: 'Reflect.set(Error, "prepareStackTrace", f)', errors: [{ messageId: "stackHook", line: 1, column: 20, endColumn: 39 }] },
    // Call and `new` arguments count as key positions whatever the callee, so the bare key as a message is refused too.
    { code: 'new Error("prepareStackTrace")', errors: [{ messageId: "stackHook", line: 1, column: 11, endColumn: 30 }] },
    { code: "Object.assign(Error, {\n  prepareStackTrace: f,\n})", errors: [{ messageId: "stackHook", line: 2, column: 3, endLine: 2, endColumn: 20 }] },
  ],
});
