/**
 * Why: module mode offers only the modules the host listed. Every static way to name a module -
 * import, re-export, export-all - is checked against the list, and the diagnostic underlines the
 * specifier itself.
 */
import rule from "../../rules/no-unlisted-import.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester({ mode: "module", modules: ["@app/tax", "./util"] });

ruleTester.run("no-unlisted-import", rule, {
  valid: [
    'import { rate } from "@app/tax"',
    'import tax, * as all from "@app/tax"',
    'import "./util"',
    'export { rate } from "@app/tax"',
    'export * from "./util"',
    'export * as tax from "@app/tax"',
    "const a = 1; export { a }",
    "export default 1",
  ],
  invalid: [
    { code: 'import fs from "node:fs"', errors: [{ messageId: "unlisted", line: 1, column: 16, endLine: 1, endColumn: 25, message: 'module "node:fs" is not one of the modules this sandbox offers' }] },
    { code: 'import "@app/other"', errors: [{ messageId: "unlisted", line: 1, column: 8, endColumn: 20 }] },
    { code: 'export { x } from "./Util"', errors: [{ messageId: "unlisted", line: 1, column: 19, endColumn: 27 }] },
    { code: 'export * from "../util"', errors: [{ messageId: "unlisted", line: 1, column: 15, endColumn: 24 }] },
    { code: 'export * as t from "@app/tax "', errors: [{ messageId: "unlisted", line: 1, column: 20, endColumn: 31 }] },
    { code: 'import { rate } from "@app/tax";\nimport x from "fs";', errors: [{ messageId: "unlisted", line: 2, column: 15, endLine: 2, endColumn: 19 }] },
    { code: 'import { rate } from "@app/tax"', modules: [], errors: [{ messageId: "unlisted", line: 1, column: 22, endColumn: 32 }] },
  ],
});
