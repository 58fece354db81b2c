/**
 * Why: the allocation caps must stop every operation that could allocate without bound in one go -
 * as a SandboxBudgetError "memory" that names the cap and the operation and points into the user's
 * source - leave the Sandbox usable for the next run, and change nothing for calls under the caps.
 * Small caps here, so a cap that failed would allocate kilobytes, not gigabytes; the real payloads with
 * the default caps run in a child process with a small heap (last test).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxBudgetError } from "../../src/index.js";
import { errorOf } from "../_harness/sandbox.js";

const sandbox = new Sandbox({ limits: { maxStringLength: 1000, maxArrayLength: 1000, maxBufferBytes: 1000, maxBigIntBits: 1000 } });
const SPARSE = "const a = []; a.length = 2 ** 32 - 1; ";

const STOPPED: [string, string, string][] = [
  ["String.prototype.repeat", "'x'.repeat(2000)", "maxStringLength"],
  ["String.prototype.padStart", "'x'.padStart(2000)", "maxStringLength"],
  ["String.prototype.padEnd", "'x'.padEnd(2000, 'ab')", "maxStringLength"],
  ["String.prototype.concat", "'x'.repeat(600).concat('y'.repeat(600))", "maxStringLength"],
  ["String.prototype.replace", "'x'.repeat(600).replace('x', '$\\'$\\'')", "maxStringLength"],
  ["String.prototype.replaceAll", "'ab'.repeat(100).replaceAll('', '$`')", "maxStringLength"],
  ["String.prototype.replaceAll", "'a'.repeat(500).replaceAll('a', () => 'bbb')", "maxStringLength"],
  ["String.prototype.normalize", "'x'.repeat(100).normalize('NFKD')", "maxStringLength"],
  ["String.raw", "String.raw({ raw: { length: 2000 } })", "maxArrayLength"],
  ["Array.prototype.join", "Array(100).fill('x'.repeat(20)).join('')", "maxStringLength"],
  ["Array.prototype.join", `${SPARSE}a.join()`, "maxArrayLength"],
  ["%TypedArray%.prototype.join", "new Uint8Array(900).join('--')", "maxStringLength"],
  ["Array.prototype.fill", `${SPARSE}a.fill(0)`, "maxArrayLength"],
  ["Array.from", "Array.from({ length: 2 ** 32 - 1 })", "maxArrayLength"],
  ["Array.from", "function* g() { for (;;) yield 1; } Array.from(g())", "maxArrayLength"],
  ["Array.prototype.toReversed", `${SPARSE}a.toReversed()`, "maxArrayLength"],
  ["Array.prototype.toSorted", `${SPARSE}a.toSorted()`, "maxArrayLength"],
  ["Array.prototype.toSpliced", `${SPARSE}a.toSpliced(0, 0, 1)`, "maxArrayLength"],
  ["Array.prototype.with", `${SPARSE}a.with(0, 1)`, "maxArrayLength"],
  ["Array.prototype.flat", `${SPARSE}a.flat()`, "maxArrayLength"],
  ["Array.prototype.flatMap", `${SPARSE}a.flatMap((x) => x)`, "maxArrayLength"],
  ["JSON.stringify", "JSON.stringify(Array(300).fill('xxxx'))", "maxStringLength"],
  ["JSON.stringify", "const a = []; a.length = 2 ** 20; JSON.stringify(a)", "maxStringLength"],
  ["JSON.stringify", "JSON.stringify({ a: 1, b: 2 }, (k, v) => k ? 'x'.repeat(600) : v)", "maxStringLength"],
  ["ArrayBuffer", "new ArrayBuffer(2000)", "maxBufferBytes"],
  ["ArrayBuffer maxByteLength", "new ArrayBuffer(8, { maxByteLength: 2 ** 31 })", "maxBufferBytes"],
  ["Float64Array", "new Float64Array(200)", "maxBufferBytes"],
  ["Float64Array", "new Float64Array(new Uint8Array(200))", "maxBufferBytes"],
  ["Uint8Array", "new Uint8Array({ length: 2 ** 31 })", "maxBufferBytes"],
  ["Uint8Array", "function* g() { for (;;) yield 1; } new Uint8Array(g())", "maxArrayLength"],
  ["%TypedArray%.from", "function* g() { for (;;) yield 1; } Uint8Array.from(g())", "maxArrayLength"],
  ["Int16Array", "class A extends Int16Array {} new A(2000)", "maxBufferBytes"],
  ["BigInt.asUintN", "BigInt.asUintN(5000, -1n)", "maxBigIntBits"],
  ["string concatenation", "let s = 'x'.repeat(600); s + s", "maxStringLength"],
  ["string concatenation", "let s = 'x'; for (let i = 0; i < 20; i++) s += s; s", "maxStringLength"],
  ["string concatenation", "const o = { s: 'x'.repeat(600) }; o.s += o.s; 1", "maxStringLength"],
  ["string concatenation", "let s = 'x'.repeat(600); `${s}${s}`", "maxStringLength"],
  ["BigInt **", "2n ** 2000n", "maxBigIntBits"],
  ["BigInt **", "let a = 3n; a ** 10n ** 9n", "maxBigIntBits"],
  ["BigInt **", "let a = { valueOf() { return 3n; } }; a ** 5000n", "maxBigIntBits"],
  ["BigInt *", "let a = 2n ** 600n; a * a", "maxBigIntBits"],
  ["BigInt *", "let a = 2n ** 600n; a *= a; 1", "maxBigIntBits"],
  ["BigInt *", "const o = { v: 2n ** 600n }; o.v *= o.v; 1", "maxBigIntBits"],
  ["BigInt *", "const o = [{ v: 2n ** 600n }]; o[0].v *= o[0].v; 1", "maxBigIntBits"],
  ["BigInt <<", "let x = 1n; x <<= 5000n; x", "maxBigIntBits"],
  ["BigInt <<", "let x = 1n, y = 5000n; x << y", "maxBigIntBits"],
  ["spread", `${SPARSE}[...a]`, "maxArrayLength"],
  ["spread", "Math.max(...new Array(2 ** 30))", "maxArrayLength"],
  ["spread", "function* g() { for (;;) yield 1; } [...g()]", "maxArrayLength"],
  ["spread", `${SPARSE}const [...rest] = a; 1`, "maxArrayLength"],
];

describe("the allocation caps", () => {
  for (const [operation, source, cap] of STOPPED) {
    it(`stop ${operation}: ${source}`, () => {
      const error = errorOf(() => sandbox.evaluate(source));
      expect(error).toBeInstanceOf(SandboxBudgetError);
      expect((error as SandboxBudgetError).budget).toBe("memory");
      expect((error as SandboxBudgetError).message).toContain(`limits.${cap} (`);
      expect((error as SandboxBudgetError).message).toContain(`exceeded by ${operation}`);
      expect((error as SandboxBudgetError).location?.line).toBe(1);
      expect(sandbox.evaluate("1 + 1")).toBe(2);
    });
  }

  it("cannot be caught or laundered by finally", () => {
    for (const source of [
      "let r = 'no'; try { 'x'.repeat(2000); } catch (e) { r = 'caught'; } r",
      "(function () { try { 'x'.repeat(2000); } finally { return 'laundered'; } })()",
      "let r = 'no'; try { let s = 'x'.repeat(600); s += s; } catch (e) { r = 'caught'; } r",
      "[1].map(() => { try { return 2n ** 5000n; } catch { return 0; } })",
    ]) {
      const error = errorOf(() => sandbox.evaluate(source));
      expect((error as SandboxBudgetError).budget, source).toBe("memory");
    }
  });

  it("locate a tamed builtin's call in the user's source", () => {
    const error = errorOf(() => sandbox.evaluate("const n = 1;\nfunction f() {\n  return 'x'.repeat(2000);\n}\nf()")) as SandboxBudgetError;
    expect(error.location).toEqual({ line: 3, column: 14 });
  });

  it("use the defaults of the options", () => {
    const error = errorOf(() => new Sandbox().evaluate("'x'.repeat(2 ** 24 + 1)")) as SandboxBudgetError;
    expect(error.message).toContain("limits.maxStringLength (16777216) exceeded by String.prototype.repeat");
  });
});

describe("under the caps nothing changes", () => {
  const same: [string, unknown][] = [
    ["'ab'.repeat(3) + 'c'.padStart(3, '-') + 'd'.padEnd(2) + 'e'.concat(1, null)", "ababab--cd e1null"],
    ["'abcabc'.replaceAll('b', '[$&$`$\\'$$$1]')", "a[bacabc$$1]ca[babcac$$1]c"],
    ["'abc'.replace('b', (m, p, s) => m + p + s)", "ab1abcc"],
    ["'aXbX'.replaceAll('X', () => '-')", "a-b-"],
    ["'aaa'.replaceAll(/a/g, 'b') + 'x'.replace(/x/, '$&$&')", "bbbxx"],
    ["String.raw`a${1}b${2}c` + String.raw({ raw: ['x', 'y'] }, 0, 9)", "a1b2cx0y"],
    ["const a = [1, [2, 3]]; a.push(a); a.join('-')", "1-2,3-"],
    ["[null, undefined, 1, 'x'].join() + [].join() + [1].join(undefined)", ",,1,x1"],
    ["new Uint8Array([1, 2, 3]).join('+')", "1+2+3"],
    ["[1, 2, 3].fill(0, -2) + ''", "1,0,0"],
    ["Array.from('abc', (c, i) => c + i).concat(Array.from({ length: 2 }), Array.from(new Set([5])))", ["a0", "b1", "c2", undefined, undefined, 5]],
    ["[3, 1, 2].toSorted() + ' ' + [1, 2].toReversed() + ' ' + [1, 2, 3].toSpliced(1, 1, 'x', 'y') + ' ' + [1, 2].with(-1, 9) + ' ' + [1, 2, 3].toSpliced()", "1,2,3 2,1 1,x,y,3 1,9 1,2,3"],
    ["[[1, [2]], 3].flat(Infinity).concat([[4]].flatMap((x) => x))", [1, 2, 3, 4]],
    ["JSON.stringify({ a: [1, 'x', null, undefined, () => 1], b: undefined, c: { toJSON() { return 'j'; } } }, null, 1)", '{\n "a": [\n  1,\n  "x",\n  null,\n  null,\n  null\n ],\n "c": "j"\n}'],
    ["JSON.stringify({ a: 1, b: 2 }, ['b']) + JSON.stringify('s') + JSON.stringify({ a: 1 }, function (k, v) { return k === 'a' ? this.a + 1 : v; })", '{"b":2}"s"{"a":2}'],
    ["const b = new ArrayBuffer(8, { maxByteLength: 16 }); b.resize(12); [b.byteLength, new Float64Array(2).length, new Uint8Array([1, 2]).length, Uint8Array.from(new Set([1, 2, 3])).length]", [12, 2, 2, 3]],
    ["class A extends Uint8Array {} const a = new A(4); [a instanceof A, a instanceof Uint8Array, a.length, A.BYTES_PER_ELEMENT, Uint8Array.name, Uint8Array.length]", [true, true, 4, 1, "Uint8Array", 3]],
    ["[BigInt.asUintN(8, -1n), BigInt.asUintN(64, 5n), 2n ** 64n, 3n * 4n, 1n << 10n, 7n ** 0n]", [255n, 5n, 2n ** 64n, 12n, 1024n, 1n]],
    ["const o = { valueOf() { return 2n; } }; let x = 3n; x **= o; x *= o; x <<= o; const p = { v: 2n }; p.v **= 3n; [x, p.v]", [72n, 8n]],
    ["const log = []; const a = { valueOf() { log.push('a'); return 1; } }, b = { valueOf() { log.push('b'); return 2; } }; [a * b, a ** b, a << b, a + b, `${a}`, log.join('')]", [2, 1, 4, 3, "[object Object]", "abababab"]],
    ["[...'abc', ...[1, 2], ...new Set([3])].length + Math.max(...[1, 5, 2])", 11],
    ["const [x, ...rest] = new Set([1, 2, 3]); rest", [2, 3]],
    ["let s = ''; for (let i = 0; i < 10; i++) s += i; s + `${s}!`", "01234567890123456789!"],
  ];
  for (const [source, expected] of same) {
    it(source, () => expect(sandbox.evaluate(source)).toEqual(expected));
  }

  it("keep TypeErrors for wrong receivers and arguments", () => {
    for (const source of ["String.prototype.repeat.call(null, 1)", "'x'.repeat(-1)", "Uint8Array(2)", "'a'.replaceAll(/a/, 'b')", "Array.from([1], 5)", "[].toSorted(1)", "BigInt.asUintN(-1, 1n)", "1n * 1"]) {
      expect(() => sandbox.evaluate(source), source).toThrow(/SANDBOX_GUEST|Error/);
    }
  });
});

describe("with the default caps, real payloads", () => {
  it("are stopped before they allocate (in a child process with a 256 MiB heap)", () => {
    const index = fileURLToPath(new URL("../../dist/src/index.js", import.meta.url));
    const payloads = [
      "'x'.repeat(2 ** 29 - 24)", "'x'.padEnd(2 ** 29 - 24)", "let s = 'x'.repeat(2 ** 24); s + s + s + s", "2n ** 10n ** 9n",
      "const a = []; a.length = 2 ** 32 - 1; a.fill(0)", "const a = []; a.length = 2 ** 32 - 1; [...a]", "new ArrayBuffer(2 ** 32)",
      "new Float64Array(2 ** 28)", "BigInt.asUintN(2 ** 30, -1n)", "const a = []; a.length = 2 ** 32 - 1; Array.from(a)",
      "Array(64).fill('x'.repeat(2 ** 23)).join('')",
    ];
    const script = `
      import { Sandbox } from ${JSON.stringify(index)};
      const sandbox = new Sandbox({ limits: { timeoutMs: 5000 } });
      const out = [];
      for (const p of ${JSON.stringify(payloads)}) {
        try { sandbox.evaluate(p); out.push("ran"); } catch (e) { out.push(e.budget ?? e.name); }
      }
      out.push(sandbox.evaluate("1 + 1"));
      console.log(JSON.stringify(out));`;
    const child = spawnSync(process.execPath, ["--max-old-space-size=256", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual([...payloads.map(() => "memory"), 2]);
  });
});
