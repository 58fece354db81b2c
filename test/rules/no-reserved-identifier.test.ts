/**
 * Why: the rewriter's guards are lexical bindings named `$rf_...`. A guest binding, reference, label,
 * import, private name or property key with that prefix could shadow or impersonate a guard, so the
 * prefix is refused in every binding position and on the decoded name (`\u0024rf_x`). Strings that
 * merely contain the prefix, and names that only resemble it, stay legal.
 */
import rule from "../../rules/no-reserved-identifier.js";
import { RuleTester } from "../_harness/rule-tester.js";

const ruleTester = new RuleTester();
const reserved = (line: number, column: number, endColumn: number, name?: string) => ({
  messageId: "reservedIdentifier" as const, line, column, endLine: line, endColumn,
  ...(name ? { message: `\`${name}\` uses the prefix "$rf_", which is reserved for the sandbox` } : {}),
});

ruleTester.run("no-reserved-identifier", rule, {
  valid: [
    'const s = "$rf_key"',
    'o["$rf_key"]',
    "`$rf_x ${y}`",
    "let $rf = 1, rf_x = 2, $RF_x = 3, _$rf_x = 4, x$rf_ = 5",
    "let $r_f = 1",
    "// $rf_key\nlet a = 1",
    "/* $rf_key */ 1",
    "/\\$rf_/.test(s)",
    "class A { #rf_x = 1 }",
    "let \\u0024rf = 1",
  ],
  invalid: [
    // Every binding position.
    { code: "var $rf_a = 1", errors: [reserved(1, 5, 10, "$rf_a")] },
    { code: "let $rf_a = 1", errors: [reserved(1, 5, 10)] },
    { code: "const $rf_key = () => 0", errors: [reserved(1, 7, 14, "$rf_key")] },
    { code: "function $rf_f() {}", errors: [reserved(1, 10, 15)] },
    { code: "const f = function $rf_f() {}", errors: [reserved(1, 20, 25)] },
    { code: "class $rf_C {}", errors: [reserved(1, 7, 12)] },
    { code: "const C = class $rf_C {}", errors: [reserved(1, 17, 22)] },
    { code: "function f($rf_p) {}", errors: [reserved(1, 12, 17)] },
    { code: "function f(a = 1, ...$rf_rest) {}", errors: [reserved(1, 22, 30)] },
    { code: "($rf_p) => 1", errors: [reserved(1, 2, 7)] },
    { code: "$rf_p => 1", errors: [reserved(1, 1, 6)] },
    { code: "function f(a = $rf_d) {}", errors: [reserved(1, 16, 21)] },
    { code: "const { a: $rf_b } = o", errors: [reserved(1, 12, 17)] },
    { code: "const [$rf_x, ...$rf_y] = xs", errors: [reserved(1, 8, 13), reserved(1, 18, 23)] },
    { code: "const { a = $rf_dflt } = o", errors: [reserved(1, 13, 21)] },
    { code: "try {} catch ($rf_e) {}", errors: [reserved(1, 15, 20, "$rf_e")] },
    { code: "try {} catch ({ message: $rf_m }) {}", errors: [reserved(1, 26, 31)] },
    { code: "for (const $rf_i of xs) {}", errors: [reserved(1, 12, 17)] },
    { code: "$rf_l: for (;;) break $rf_l;", errors: [reserved(1, 1, 6), reserved(1, 23, 28)] },
    { code: "$rf_l: for (;;) { continue $rf_l; }", errors: [reserved(1, 1, 6), reserved(1, 28, 33)] },
    // Module imports (module mode).
    { code: 'import $rf_def from "m"', mode: "module", errors: [reserved(1, 8, 15)] },
    { code: 'import * as $rf_ns from "m"', mode: "module", errors: [reserved(1, 13, 19)] },
    { code: 'import { a as $rf_z } from "m"', mode: "module", errors: [reserved(1, 15, 20)] },
    { code: 'import { $rf_a as a } from "m"', mode: "module", errors: [reserved(1, 10, 15)] },
    { code: "let a = 1; export { a as $rf_q }", mode: "module", errors: [reserved(1, 26, 31)] },
    // Class private names, declared and used.
    { code: "class A { #$rf_e = 1; m() { return this.#$rf_e } }", errors: [reserved(1, 11, 17, "#$rf_e"), reserved(1, 41, 47, "#$rf_e")] },
    { code: "class A { #$rf_m() {} }", errors: [reserved(1, 11, 17)] },
    { code: "class A { #x; static has(o) { return #x in o } m() { return #$rf_y in this } #$rf_y }", errors: [reserved(1, 61, 67), reserved(1, 78, 84)] },
    // References, member names and keys: mentioning a guard is refused too.
    { code: "$rf_key(o, k)", errors: [reserved(1, 1, 8, "$rf_key")] },
    { code: "typeof $rf_tick", errors: [reserved(1, 8, 16)] },
    { code: "o.$rf_key", errors: [reserved(1, 3, 10)] },
    { code: "({ $rf_key: 1 })", errors: [reserved(1, 4, 11)] },
    { code: "class A { $rf_m() {} static $rf_f = 1 }", errors: [reserved(1, 11, 16), reserved(1, 29, 34)] },
    { code: "`${$rf_c}`", errors: [reserved(1, 4, 9)] },
    // The decoded name is what counts.
    { code: "\\u0024rf_x = 1", errors: [reserved(1, 1, 11, "$rf_x")] },
    { code: "let \\u{24}rf_x = 1", errors: [reserved(1, 5, 15, "$rf_x")] },
    { code: "let $\\u0072f_x = 1", errors: [reserved(1, 5, 15, "$rf_x")] },
    { code: "$rf_c", mode: "expression", errors: [reserved(1, 1, 6)] },
    { code: "let a = 1;\nlet $rf_b = a;", errors: [reserved(2, 5, 10)] },
    // One identifier in the source is one report. Today the walker visits shorthand keys/values and
    // import/export specifiers (where acorn shares or copies the node) twice, so each is reported twice.
    { code: "const o = { $rf_c }", errors: [reserved(1, 13, 18)] },
    { code: "const { $rf_d } = o", errors: [reserved(1, 9, 14)] },
    { code: 'import { $rf_a } from "m"', mode: "module", errors: [reserved(1, 10, 15)] },
    { code: "let $rf_b = 1; export { $rf_b }", mode: "module", errors: [reserved(1, 5, 10), reserved(1, 25, 30)] },
  ],
});
