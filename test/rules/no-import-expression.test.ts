/**
 * Why: `import(x)` loads a module chosen at run time, around any import whitelist. Every dynamic
 * import is refused wherever it appears; `import` as a property name and `import.meta` (a different
 * rule) stay legal here.
 */
import rule from "../../rules/no-import-expression.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();

ruleTester.run("no-import-expression", rule, {
  valid: [
    'o.import("x")',
    '({ import: 1 }).import',
    'importScripts("x")',
    'const s = "import(x)"',
    "class A { import() {} }",
    { code: "import.meta", mode: "module" },
    { code: 'import x from "m"', mode: "module" },
  ],
  invalid: [
    { code: 'import("x")', errors: [{ messageId: "unexpectedImport", line: 1, column: 1, endLine: 1, endColumn: 12, message: "dynamic `import()` is not allowed" }] },
    { code: "const m = import(`x`)", errors: [{ messageId: "unexpectedImport", line: 1, column: 11, endColumn: 22 }] },
    { code: "(x) => import(x)", errors: [{ messageId: "unexpectedImport", line: 1, column: 8, endColumn: 17 }] },
    { code: 'import("a" + b).then(f)', errors: [{ messageId: "unexpectedImport", line: 1, column: 1, endColumn: 16 }] },
    { code: 'import(/* c */ "x")', errors: [{ messageId: "unexpectedImport", line: 1, column: 1, endColumn: 20 }] },
    { code: 'import("x")', mode: "expression", errors: [{ messageId: "unexpectedImport", line: 1, column: 1, endColumn: 12 }] },
    { code: 'import("x")', mode: "module", errors: [{ messageId: "unexpectedImport", line: 1, column: 1, endColumn: 12 }] },
    { code: 'function f() {\n  return [import("a"), import("b")];\n}', errors: [
      { messageId: "unexpectedImport", line: 2, column: 11, endLine: 2, endColumn: 22 },
      { messageId: "unexpectedImport", line: 2, column: 24, endLine: 2, endColumn: 35 },
    ] },
  ],
});
