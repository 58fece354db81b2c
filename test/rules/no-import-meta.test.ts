/**
 * Why: `import.meta` carries host facts - the module's URL, resolvers - into guest code. Only modules
 * can contain it (the script parser refuses it outright), so the cases run in module mode; `new.target`,
 * the other meta property, and `meta` as a property name stay legal.
 */
import rule from "../../rules/no-import-meta.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester({ mode: "module" });

ruleTester.run("no-import-meta", rule, {
  valid: [
    "function f() { return new.target }",
    "o.meta",
    "const meta = 1; meta",
    "({ import: { meta: 1 } }).import.meta",
    'const s = "import.meta"',
    { code: "function f() { return new.target }", mode: "script" },
  ],
  invalid: [
    { code: "import.meta", errors: [{ messageId: "unexpectedImportMeta", line: 1, column: 1, endLine: 1, endColumn: 12, message: "`import.meta` is not allowed" }] },
    { code: "import.meta.url", errors: [{ messageId: "unexpectedImportMeta", line: 1, column: 1, endColumn: 12 }] },
    { code: "const { url } = import.meta", errors: [{ messageId: "unexpectedImportMeta", line: 1, column: 17, endColumn: 28 }] },
    { code: 'import.meta.resolve("x")', errors: [{ messageId: "unexpectedImportMeta", line: 1, column: 1, endColumn: 12 }] },
    { code: "import . meta", errors: [{ messageId: "unexpectedImportMeta", line: 1, column: 1, endColumn: 14 }] },
    { code: "function f() {\n  return import.meta;\n}", errors: [{ messageId: "unexpectedImportMeta", line: 2, column: 10, endLine: 2, endColumn: 21 }] },
    { code: "const a = import.meta, b = import.meta", errors: [
      { messageId: "unexpectedImportMeta", line: 1, column: 11, endColumn: 22 },
      { messageId: "unexpectedImportMeta", line: 1, column: 28, endColumn: 39 },
    ] },
  ],
});
