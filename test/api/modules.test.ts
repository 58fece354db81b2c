/**
 * Why: module mode's promises (issue 5). A guest may import only the listed modules - host values,
 * copied in and frozen, or guest source, sandboxed like the program - and gets back its exports as a
 * frozen plain object. An unlisted specifier or an import cycle is refused, located, before anything
 * runs; `import()` stays refused; no module can change what another exported.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError, SandboxCopyError, SandboxGuestError, SandboxOptionsError, SandboxPolicyError, SandboxSyntaxError } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

const modules = {
  "@app/tax": { namespace: { rate: 0.2, brackets: [10, 20] } },
  "@app/util": { source: "export const twice = (x) => x * 2;\nexport default function () { return 'util'; }\nexport let counter = 0;\nexport function bump() { counter += 1; return counter; }" },
  "@app/both": { source: "import { rate } from '@app/tax';\nimport { twice } from '@app/util';\nexport const doubled = twice(rate);\nexport * from '@app/tax';\nexport { twice as double } from '@app/util';\nexport * as util from '@app/util';" },
};

const sandbox = new Sandbox({ mode: "module", modules });

describe("allowed imports", () => {
  it("imports a host value and returns the exports as a frozen plain object", () => {
    const result = sandbox.evaluate('import { rate } from "@app/tax";\nexport const total = 100 * (1 + rate);');
    expect(result).toEqual({ total: 120 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it("returns the namespace frozen from compile().run() and runAsync() too", async () => {
    const program = sandbox.compile('import { rate } from "@app/tax";\nexport const total = 100 * (1 + rate);');
    expect(Object.isFrozen(program.run())).toBe(true);
    expect(Object.isFrozen(await sandbox.compile("export const x = await 1;", { async: true }).runAsync())).toBe(true);
  });

  it("imports guest source: named, default and namespace imports", () => {
    const result = sandbox.evaluate('import util, { twice as t } from "@app/util";\nimport * as all from "@app/util";\nexport const a = t(21), b = util(), c = Object.keys(all).sort(), d = all.twice === t, tag = Object.prototype.toString.call(all), name = util.name;');
    expect(result).toEqual({ a: 42, b: "util", c: ["bump", "counter", "default", "twice"], d: true, tag: "[object Module]", name: "default" });
  });

  it("runs a module graph once per run, dependencies first, with re-exports", () => {
    const result = sandbox.evaluate('import { doubled, rate, double, util } from "@app/both";\nimport { twice } from "@app/util";\nexport { doubled, rate };\nexport const same = double === twice && util.twice === twice;');
    expect(result).toEqual({ doubled: 0.4, rate: 0.2, same: true });
  });

  it("supports every export form", () => {
    const forms = "const a = 1; let b = 2;\nexport { a, b as c };\nexport const [d, { e }] = [3, { e: 4 }];\nexport class K {}\nexport function f() { return 5; }\nexport default (() => 6);\nexport { twice } from '@app/util';";
    const withForms = new Sandbox({ mode: "module", modules: { ...modules, forms: { source: forms } } });
    const result = withForms.evaluate('import * as m from "forms";\nexport const keys = Object.keys(m).sort(), values = [m.a, m.c, m.d, m.e, m.f(), m.default(), m.twice(4)], named = [m.K.name, m.default.name];');
    expect(result).toEqual({ keys: ["K", "a", "c", "d", "default", "e", "f", "twice"], values: [1, 2, 3, 4, 5, 6, 8], named: ["K", "default"] });
  });

  it("returns the main module's exports as data: a function cannot leave, as in evaluate", () => {
    expect(errorOf(() => sandbox.evaluate("export function f() {}"))).toBeInstanceOf(SandboxCopyError);
    expect(sandbox.evaluate("export default 7;\nconst x = 1;\nexport { x as \"a b\" };")).toEqual({ default: 7, "a b": 1 });
  });

  it("evaluates each guest module afresh on every run", () => {
    const program = 'import { bump } from "@app/util";\nexport const n = bump();';
    expect(sandbox.evaluate(program)).toEqual({ n: 1 });
    expect(sandbox.evaluate(program)).toEqual({ n: 1 });
  });

  it("runs with top-level await in the main module (evaluateAsync)", async () => {
    await expect(sandbox.evaluateAsync('import { rate } from "@app/tax";\nexport const r = await Promise.resolve(rate);')).resolves.toEqual({ r: 0.2 });
  });

  it("wraps host functions in a host namespace like endowments: arguments copied, results copied in", () => {
    const seen: unknown[] = [];
    const host = new Sandbox({ mode: "module", modules: { log: { namespace: { write: (value: unknown) => { seen.push(value); return { ok: true }; } } } } });
    expect(host.evaluate('import { write } from "log";\nexport const r = write({ n: 1 }).ok, proto = Object.getPrototypeOf(write) === Function.prototype;')).toEqual({ r: true, proto: true });
    expect(seen).toEqual([{ n: 1 }]);
  });

  it("has imports that are constant bindings", () => {
    const error = errorOf(() => sandbox.evaluate('import { rate } from "@app/tax";\nrate = 1;'));
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect((error as SandboxGuestError).guestName).toBe("TypeError");
  });
});

describe("refused imports", () => {
  it("refuses an unlisted specifier, located, before anything runs", () => {
    let calls = 0;
    const guarded = new Sandbox({ mode: "module", modules, globals: { log: () => { calls += 1; } } });
    const error = errorOf(() => guarded.evaluate('log();\nimport fs from "node:fs";'));
    expect(error).toBeInstanceOf(SandboxPolicyError);
    expect((error as SandboxPolicyError).diagnostics).toMatchObject([{ ruleId: "no-unlisted-import", line: 2, column: 16, message: 'module "node:fs" is not one of the modules this sandbox offers' }]);
    expect(calls).toBe(0);
  });

  it("refuses an unlisted specifier inside a guest module, naming the module (the rule checks every module)", () => {
    const nested = new Sandbox({ mode: "module", modules: { a: { source: 'import "node:fs";' } } });
    const error = errorOf(() => nested.evaluate('import "a";'));
    expect((error as SandboxPolicyError).diagnostics).toMatchObject([{ ruleId: "no-unlisted-import", line: 1, column: 8, message: 'in module "a": module "node:fs" is not one of the modules this sandbox offers' }]);
  });

  it("refuses unlisted specifiers at link time too, with the validator off (the runtime twin)", () => {
    const weak = new Sandbox({ mode: "module", modules, layers: { validator: false } });
    const error = errorOf(() => weak.evaluate('import fs from "node:fs";'));
    expect(error).toBeInstanceOf(SandboxPolicyError);
    expect((error as SandboxPolicyError).diagnostics[0]).toMatchObject({ ruleId: "no-unlisted-import", line: 1, column: 16 });
  });

  it("refuses import cycles, naming the cycle, before anything runs", () => {
    const cyclic = new Sandbox({ mode: "module", modules: {
      a: { source: 'import { b } from "b";\nexport const a = 1;' },
      b: { source: 'import { c } from "c";\nexport const b = 2;' },
      c: { source: 'export { a as c } from "a";' },
    } });
    const error = errorOf(() => cyclic.evaluate('import { a } from "a";\nexport { a };'));
    expect(error).toBeInstanceOf(SandboxPolicyError);
    expect((error as SandboxPolicyError).diagnostics).toMatchObject([{ ruleId: "link", messageId: "cycle", line: 1, column: 24, message: 'in module "c": import cycle "a" -> "b" -> "c" -> "a": modules that import each other are not supported' }]);
    const self = new Sandbox({ mode: "module", modules: { me: { source: 'import "me";' } } });
    expect((errorOf(() => self.evaluate('import "me";')) as SandboxPolicyError).diagnostics[0]!.message).toContain('import cycle "me" -> "me"');
  });

  it("refuses a name the module does not export", () => {
    const error = errorOf(() => sandbox.evaluate('import { nope } from "@app/tax";'));
    expect(error).toBeInstanceOf(SandboxSyntaxError);
    expect((error as SandboxSyntaxError).diagnostics).toMatchObject([{ messageId: "missingExport", line: 1, column: 10, message: 'module "@app/tax" has no export named "nope"' }]);
  });

  it("keeps import() and import.meta refused", () => {
    for (const [source, ruleId] of [['export const m = import("@app/tax");', "no-import-expression"], ["export const u = import.meta.url;", "no-import-meta"]] as const) {
      const error = errorOf(() => sandbox.evaluate(source));
      expect((error as SandboxPolicyError).diagnostics?.[0]?.ruleId).toBe(ruleId);
    }
  });

  it("validates guest source modules like the program", () => {
    const bad = new Sandbox({ mode: "module", modules: { evil: { source: "export const F = (() => {}).constructor;" } } });
    const error = errorOf(() => bad.evaluate('import { F } from "evil";'));
    expect(error).toBeInstanceOf(SandboxPolicyError);
    expect((error as SandboxPolicyError).diagnostics[0]!.message).toMatch(/^in module "evil": /);
  });

  it("refuses importing a key the key guard refuses, located, before anything runs", () => {
    const odd = new Sandbox({ mode: "module", modules: { odd: { source: 'const a = 1;\nexport { a as "constructor", a as "__proto__", a as "then" };' } } });
    for (const [source, ruleId, column] of [['import { "constructor" as c } from "odd";', "no-constructor-property", 10], ['export { "__proto__" as p } from "odd";', "no-proto-property", 10]] as const) {
      const error = errorOf(() => odd.evaluate(source));
      expect(error).toBeInstanceOf(SandboxPolicyError);
      expect((error as SandboxPolicyError).diagnostics).toMatchObject([{ ruleId, messageId: "forbiddenImport", line: 1, column }]);
    }
    expect(odd.evaluate('import { then } from "odd";\nimport * as all from "odd";\nexport const v = then, n = Object.keys(all).length;')).toEqual({ v: 1, n: 3 });
  });

  it("refuses malformed module options", () => {
    const cases: unknown[] = [
      { mode: "module", modules: { a: {} } },
      { mode: "module", modules: { a: { namespace: {}, source: "" } } },
      { mode: "module", modules: { a: { source: 1 } } },
      { mode: "module", modules: { a: { namespace: [] } } },
      { mode: "module", modules: { a: { namespace: { m: new Map() } } } },
      { mode: "script", modules: {} },
    ];
    for (const options of cases) expect(errorOf(() => new Sandbox(options as never))).toBeInstanceOf(SandboxOptionsError);
  });

  it("turns a modules option whose proxy traps throw into an options error", () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const modules of [new Proxy({}, { getPrototypeOf() { throw new Error("trap"); } }), revocable.proxy]) {
      expect(errorOf(() => new Sandbox({ mode: "module", modules: modules as never }))).toBeInstanceOf(SandboxOptionsError);
    }
  });

  it("tells a guest module named like the program from the program itself", () => {
    const named = new Sandbox({ mode: "module", modules: { "the program": { source: "export const x = 1;" } } });
    expect(named.evaluate('import { x } from "the program";\nexport { x };')).toEqual({ x: 1 });
  });

  it("links a module chain far deeper than a small host stack, without recursion (run in a child process)", () => {
    const fixture = new URL("./fixtures/module-chain.mjs", import.meta.url).pathname;
    const library = new URL("../../dist/src/index.js", import.meta.url).href;
    const child = spawnSync(process.execPath, ["--stack-size=200", fixture, library, "1000"], { encoding: "utf8", timeout: 120_000 });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout.trim().split("\n").pop()!)).toEqual({ value: { v: 1 } });
  });
});

describe("errors in guest modules", () => {
  const failing = new Sandbox({ mode: "module", modules: {
    thrower: { source: "export const x = 1;\nnull.y;" },
    spinner: { source: "export let n = 0;\nfor (;;) n++;" },
  } });

  it("locates a runtime error in the guest module it happened in", () => {
    const error = errorOf(() => failing.evaluate('import { x } from "thrower";'));
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect((error as SandboxGuestError).location).toEqual({ line: 2, column: 6, module: "thrower" });
    expect(error.message).toMatch(/^module "thrower" line 2:6: TypeError/);
  });

  it("locates a budget stop in the guest module it happened in", () => {
    const error = errorOf(() => failing.evaluate('import "spinner";'));
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect((error as SandboxBudgetError).location).toMatchObject({ line: 2, module: "spinner" });
  });

  it("locates a budget stop at a module's entry in that module", async () => {
    const tight = new Sandbox({ mode: "module", limits: { steps: 1 }, modules: { first: { source: "export const x = 1;" } } });
    const error = errorOf(() => tight.evaluate('import { x } from "first";\nexport { x };'));
    expect(error).toBeInstanceOf(SandboxBudgetError);
    expect((error as SandboxBudgetError).location).toEqual({ line: 1, column: 1, module: "first" });
    const asyncError = await tight.evaluateAsync("export const y = 2;").catch((e: unknown) => e);
    expect((asyncError as SandboxBudgetError).location).toEqual({ line: 1, column: 1 });
  });

  it("locates errors in the program itself without a module name", () => {
    const error = errorOf(() => failing.evaluate("export const n = 1;\nundefined.z;"));
    expect((error as SandboxGuestError).location).toEqual({ line: 2, column: 11 });
  });
});

describe("isolation between modules", () => {
  it("freezes host module values", () => {
    const result = sandbox.evaluate('import * as tax from "@app/tax";\nimport { brackets } from "@app/tax";\nexport const frozen = Object.isFrozen(tax) && Object.isFrozen(brackets);\nlet threw = false;\ntry { brackets.push(30); } catch { threw = true; }\nexport { threw };');
    expect(result).toEqual({ frozen: true, threw: true });
    expect(modules["@app/tax"].namespace.brackets).toEqual([10, 20]);
  });

  it("does not let one module change another's exports", () => {
    const attempt = new Sandbox({ mode: "module", modules: { ...modules, meddler: { source: "import * as util from '@app/util';\nexport let ok = false;\ntry { util.twice = null; } catch { ok = true; }\ntry { Object.defineProperty(util, 'x', { value: 1 }); ok = false; } catch {}" } } });
    expect(attempt.evaluate('import { ok } from "meddler";\nimport { twice } from "@app/util";\nexport const kept = typeof twice === "function" && ok;')).toEqual({ kept: true });
  });

  it("gives every module a scope of its own: the program's declarations do not change what a guest module reads", () => {
    const library = new Sandbox({ mode: "module", modules: {
      check: { source: "export function check(x) { if (!Number.isInteger(x)) throw new TypeError('not an integer'); return Math.max(x, 0); }" },
      early: { source: "export const text = JSON.stringify([1]);" },
    } });
    const shadowing = 'import { check } from "check";\nimport { text } from "early";\nfunction Number() {}\nNumber.isInteger = () => true;\nvar Math = { max: () => 666 };\nconst JSON = null;\nlet result;\ntry { check("x"); } catch (e) { result = e.message; }\nexport { result, text };\nexport const max = check(5);';
    expect(library.evaluate(shadowing)).toEqual({ result: "not an integer", text: "[1]", max: 5 });
  });

  it("gives a guest module no access to an input named like a builtin: only the program sees its inputs", async () => {
    const shadow = new Sandbox({ mode: "module", modules: { peek: { source: "export const t = typeof Math, max = Math.max(1, 2);" } } });
    const source = 'import { t, max } from "peek";\nexport const mine = Math;\nexport { t, max };';
    expect(shadow.evaluate(source, { Math: 5 })).toEqual({ mine: 5, t: "object", max: 2 });
    await expect(shadow.evaluateAsync(source, { Math: 5 })).resolves.toEqual({ mine: 5, t: "object", max: 2 });
    expect(shadow.compile(source, { inputs: ["Math"] }).run({ Math: 6 })).toEqual({ mine: 6, t: "object", max: 2 });
  });

  it("gives a guest module no access to the program's inputs", () => {
    const reads = new Sandbox({ mode: "module", modules: { peek: { source: "export const v = secret;" } } });
    const error = errorOf(() => reads.evaluate('import { v } from "peek";\nexport const w = secret;', { secret: 1 }));
    expect((error as SandboxPolicyError).diagnostics[0]).toMatchObject({ ruleId: "no-unknown-global" });
  });
});

describe("check() in module mode", () => {
  const checking = new Sandbox({ mode: "module", modules: {
    ...modules,
    evil: { source: "export const F = (() => {}).constructor;" },
    loopA: { source: 'import "loopB";' },
    loopB: { source: 'import "loopA";' },
  } });

  it("validates the guest modules the program imports, naming each one", () => {
    const diagnostics = checking.check('import { F } from "evil";\nexport const x = 1;');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: "no-constructor-property", line: 1, column: 29 });
    expect(diagnostics[0]!.message).toMatch(/^in module "evil": /);
    expect(diagnostics[0]!.module).toBe("evil");
  });

  it("reports what the linker refuses: cycles and missing exports", () => {
    expect(checking.check('import "loopA";')).toMatchObject([{ ruleId: "link", messageId: "cycle", module: "loopB", line: 1, column: 8 }]);
    expect(checking.check('import { nope } from "@app/tax";')).toMatchObject([{ messageId: "missingExport", line: 1, column: 10 }]);
  });

  it("reports an unlisted import once, and nothing for a program that links", () => {
    expect(checking.check('import fs from "node:fs";')).toMatchObject([{ ruleId: "no-unlisted-import", line: 1, column: 16 }]);
    expect(checking.check('import { doubled } from "@app/both";\nexport { doubled };')).toEqual([]);
  });
});

describe("module semantics", () => {
  const starry = new Sandbox({ mode: "module", modules: {
    a: { source: "export const x = 'a', onlyA = 1, zeta = 0, Alpha = 0;" },
    b: { source: "export const x = 'b', onlyB = 2;" },
    via: { source: "export { x } from 'a';" },
    host: { namespace: { x: "host", h: 3 } },
    both: { source: "export * from 'a';\nexport * from 'b';" },
    same: { source: "export * from 'a';\nexport * from 'via';" },
    mixed: { source: "export * from 'a';\nexport * from 'host';" },
  } });

  it("leaves out of a namespace a name two export * offer from different modules, as real modules do", () => {
    expect(starry.evaluate('import * as m from "both";\nexport const keys = Object.keys(m);')).toEqual({ keys: ["Alpha", "onlyA", "onlyB", "zeta"] });
    expect(starry.evaluate('import * as m from "mixed";\nexport const keys = Object.keys(m), x = m.x;')).toEqual({ keys: ["Alpha", "h", "onlyA", "zeta"], x: undefined });
    expect(starry.evaluate('import { x } from "same";\nexport { x };')).toEqual({ x: "a" });
    expect(starry.evaluate("export * from 'a';\nexport * from 'b';")).toEqual({ Alpha: 0, onlyA: 1, onlyB: 2, zeta: 0 });
  });

  it("refuses importing an ambiguous name, located", () => {
    const error = errorOf(() => starry.evaluate('const y = 1;\nimport { x } from "both";'));
    expect(error).toBeInstanceOf(SandboxSyntaxError);
    expect((error as SandboxSyntaxError).diagnostics).toMatchObject([{ messageId: "ambiguousExport", line: 2, column: 10, message: 'module "both" has an ambiguous export "x": two `export *` offer it from different modules' }]);
  });

  it("lists a namespace's keys sorted, as real modules do", () => {
    const result = starry.evaluate('import * as m from "a";\nexport const keys = Reflect.ownKeys(m).map(String);\nexport const zeta = 1, Alpha = 2, beta = 3;') as Record<string, unknown>;
    expect(result.keys).toEqual(["Alpha", "onlyA", "x", "zeta", "Symbol(Symbol.toStringTag)"]);
    expect(Object.keys(result)).toEqual(["Alpha", "beta", "keys", "zeta"]);
  });

  it("returns a namespace that exports `then` as data, never adopting it as a thenable, sync or async", async () => {
    let calls = 0;
    const thenable = new Sandbox({ mode: "module", globals: { seen: () => { calls += 1; } } });
    const source = "export function then(resolve) { seen(); resolve(42); }";
    expect(errorOf(() => thenable.evaluate(source))).toBeInstanceOf(SandboxCopyError);
    await expect(thenable.evaluateAsync(source)).rejects.toBeInstanceOf(SandboxCopyError);
    await expect(thenable.evaluateAsync("export const then = 1, x = await 2;")).resolves.toEqual({ then: 1, x: 2 });
    expect(calls).toBe(0);
  });

  it("never runs guest code in the host to take the namespace out of its array, even with the harden layer off", async () => {
    // With Array.prototype writable, an asynchronous run's array is adopted through a guest `then`,
    // which can resolve the run with a proxy: reading its element 0 ran a trap, whose guard threw a realm error at the host.
    const unhardened = new Sandbox({ mode: "module", layers: { harden: false } });
    const source = `Object.defineProperty(Array.prototype, "then", { configurable: true, value(resolve) {
        delete Array.prototype.then;
        resolve(new Proxy({}, { get(target, key) { if (key === "then") return undefined; throw new Error("trap"); } }));
      } });
      export const x = 1;`;
    await expect(unhardened.evaluateAsync(source)).resolves.toBeUndefined();
  });

  it("has top-level this undefined, in the program and in guest modules", async () => {
    const withThis = new Sandbox({ mode: "module", modules: { peek: { source: "export const inner = this === undefined;" } } });
    const source = 'import { inner } from "peek";\nexport const outer = this === undefined, arrow = (() => this)() === undefined;\nexport { inner };';
    expect(withThis.evaluate(source)).toEqual({ outer: true, arrow: true, inner: true });
    await expect(withThis.evaluateAsync(source)).resolves.toEqual({ outer: true, arrow: true, inner: true });
    expect(new Sandbox().evaluate("this !== undefined")).toBe(true);
  });
});
