/**
 * Why: a rewrite bug is a security bug. These tests pin what each transform emits (before -> after),
 * and show that the emit gate refuses generated code in which a property key escaped the guard, even
 * when the rewriter itself was bypassed.
 */
import type { Program } from "acorn";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { rewrite } from "../../src/rewrite/rewrite.js";
import { emit, EmitCheckError } from "../../src/rewrite/emit.js";

function rewritten(source: string, guards = true): string {
  const { ast } = parse(source, "script", 1e6);
  return emit(rewrite(ast!, { guards, async: false }).program, guards).code.trim().replace(/\s+/g, " ");
}

describe("transforms, before -> after", () => {
  const cases: [string, string, string][] = [
    ["computed read", "o[k];", "$rf_c = o[$rf_key(k, 0)];"],
    ["safe literal keys stay as they are; only the last top-level expression sets the completion", "o['a']; o[0]; o.b;", "o['a']; o[0]; $rf_c = o.b;"],
    ["a forbidden static key is guarded", "o.constructor;", `$rf_c = o[$rf_key("constructor", 0)];`],
    ["computed call keeps this", "o[m](1);", "$rf_c = o[$rf_key(m, 0)](1);"],
    ["object literal computed key", "({ [k]: 1 });", "$rf_c = { [$rf_key(k, 0)]: 1 };"],
    ["destructuring shorthand of a forbidden key", "const { constructor } = o;", `const {[$rf_key("constructor", 0)]: constructor} = o;`],
    ["in", "k in o;", "$rf_c = ($rf_key(k, 0) in o);"],
    ["loop tick", "while (x) y();", "$rf_c = void 0; while (x) { $rf_tick(0); $rf_c = y(); }"],
    ["function tick", "function f() { return 1; }", "function f() { $rf_tick(0); return 1; }"],
    ["arrow tick", "const f = (x) => x * 2;", "const f = x => { $rf_tick(0); return x * 2; };"],
    ["catch with identifier", "try { a(); } catch (e) { b(e); }", "$rf_c = void 0; try { $rf_c = a(); } catch (e) { e = $rf_catch(e); $rf_c = void 0; $rf_c = b(e); }"],
    ["catch with pattern: the block moves inside, out of the defaults' sight", "try {} catch ({ message = m }) { let m; }", "$rf_c = void 0; try {} catch ($rf_e) { let {message = m} = $rf_catch($rf_e); $rf_c = void 0; { let m; } }"],
    ["catch without binding", "try {} catch {}", "$rf_c = void 0; try {} catch ($rf_e) { $rf_catch($rf_e); $rf_c = void 0; }"],
    ["finally keeps the try's value unless it ends abruptly", "try { 1; } finally { 2; }", "$rf_c = void 0; try { $rf_c = 1; } finally { const $rf_f = $rf_c; $rf_c = void 0; $rf_c = 2; $rf_c = $rf_f; }"],
    ["label keeps labelling the loop", "a: for (;;) { continue a; }", "$rf_c = void 0; a: for (; ; ) { $rf_tick(0); continue a; }"],
  ];
  for (const [name, source, expected] of cases) {
    it(name, () => expect(rewritten(source)).toBe(expected));
  }
  it("with the guards layer off, inserts only what the budget needs", () => {
    expect(rewritten("o[k]; while (x) {} try {} catch (e) {}", false)).toBe("$rf_c = o[k]; $rf_c = void 0; while (x) { $rf_tick(0); } $rf_c = void 0; try {} catch (e) { e = $rf_catch(e); $rf_c = void 0; }");
  });
});

describe("the emit gate", () => {
  it("refuses generated code in which a computed key is not guarded", () => {
    const { ast } = parse("o[k];", "script", 1e6);
    expect(() => emit(ast as Program, true)).toThrow(EmitCheckError);
  });
  it("refuses a forbidden static key that reached the emitter", () => {
    const { ast } = parse("o.__proto__;", "script", 1e6);
    expect(() => emit(ast as Program, true)).toThrow(EmitCheckError);
  });
  it("refuses a reserved identifier that is not one of the guards", () => {
    const { ast } = parse("let $rf_other = 1;", "script", 1e6);
    expect(() => emit(ast as Program, false)).toThrow(EmitCheckError);
  });
  it("never emits comments, so HTML-like comments cannot reach the engine", () => {
    expect(rewritten("x = 1 <!-- hidden\n")).toBe("$rf_c = x = 1;");
  });
});
