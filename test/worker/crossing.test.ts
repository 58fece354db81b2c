/**
 * Why: a run in a worker must look, to the caller, like the same evaluateAsync in this thread: inputs and
 * results cross as structured clones (the data types the membrane copies), and every error comes back
 * as the same class with the same fields. What cannot cross - host functions, symbols - is refused
 * with the path to it, endowments already at construction.
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  Sandbox, SandboxAccessError, SandboxBudgetError, SandboxCopyError, SandboxGuestError, SandboxOptionsError,
  SandboxPolicyError, SandboxSyntaxError, type SandboxError,
} from "../../src/index.js";
import { errorOf, quietSandbox, without } from "../_harness/sandbox.js";
import { rejectionOf } from "./rejection.js";

const worker = new Sandbox({ runIn: "worker", limits: { steps: 10_000 }, globals: { config: { rate: 2, tags: new Set(["a"]) } } });
const local = new Sandbox({ limits: { steps: 10_000 }, globals: { config: { rate: 2, tags: new Set(["a"]) } } });
afterAll(() => worker.close());

describe("values crossing to and from a worker", () => {
  it("inputs and results keep their types: objects, arrays, Map, Set, Date, typed arrays, bigint", async () => {
    const inputs = {
      o: { a: [1, "two", null, undefined], nested: { deep: true } },
      m: new Map<unknown, unknown>([["k", 1], [2, { v: 3 }]]),
      s: new Set([1, "x"]),
      d: new Date(86_400_000),
      t: new Float64Array([1.5, -2]),
      n: 2n ** 70n,
    };
    const result = await worker.evaluateAsync("({ o, m, s, d, t, n, sum: n + 1n, when: d.getTime(), size: m.size + s.size, bytes: t.byteLength })", inputs);
    expect(result).toEqual({ ...inputs, sum: 2n ** 70n + 1n, when: 86_400_000, size: 4, bytes: 16 });
    const r = result as typeof inputs;
    expect(r.m).toBeInstanceOf(Map);
    expect(r.s).toBeInstanceOf(Set);
    expect(r.d).toBeInstanceOf(Date);
    expect(r.t).toBeInstanceOf(Float64Array);
  });
  it("endowments cross once and are there in every run", async () => {
    expect(await worker.evaluateAsync("config.rate * x + config.tags.size", { x: 5 })).toBe(11);
  });
  it("run results are what the same run in this thread returns", async () => {
    for (const source of ["await Promise.all([1, 2].map(async (x) => x * 10))", "[1, 2, 3].map((x) => x * 2)", "({ re: /a+/gi, e: new RangeError('r') }).re.flags", "let s = 0; for (let i = 0; i < 100; i++) s += i; s", "undefined"]) {
      expect(await worker.evaluateAsync(source)).toEqual(await local.evaluateAsync(source));
    }
  });
  it("inputs that cannot be cloned fail with a SandboxCopyError naming the path", async () => {
    const error = await rejectionOf(worker.evaluateAsync("user.name", { user: { name: "n", save: () => 1 } })) as SandboxCopyError;
    expect(error).toBeInstanceOf(SandboxCopyError);
    expect(error.path).toBe("user.save");
    expect(await rejectionOf(worker.evaluateAsync("s", { s: Symbol("s") }))).toMatchObject({ path: "s" });
    const getter = await rejectionOf(worker.evaluateAsync("x", { get x() { throw new Error("boom"); } }));
    expect(getter, "a host getter that throws is a copy error, never the host's own Error").toBeInstanceOf(SandboxCopyError);
    expect(await worker.evaluateAsync("1 + 1"), "the sandbox still works").toBe(2);
  });
  it("a host function among the endowments is refused at construction, naming it", () => {
    const error = errorOf(() => new Sandbox({ runIn: "worker", globals: { tools: { max: Math.max } } }));
    expect(error).toBeInstanceOf(SandboxOptionsError);
    expect(error.message).toMatch(/^globals\.tools\.max cannot be sent to a worker thread/);
  });
});

describe("errors crossing back from a worker", () => {
  type Fields = SandboxError & { thrown?: Error };
  const cases: [string, string, Record<string, unknown>, new (...args: never[]) => SandboxError][] = [
    ["syntax", "let a = 1;\nlet b = ;", {}, SandboxSyntaxError],
    ["policy", "o.__proto__;\nwith (o) {}", { o: {} }, SandboxPolicyError],
    ["access", "const k = 'con' + 'structor';\n[][k]", {}, SandboxAccessError],
    ["steps", "let i = 0;\nwhile (true) { i++; }", {}, SandboxBudgetError],
    ["a thrown Error", "function f() {\n  throw new TypeError('bad ' + x);\n}\nf()", { x: 1 }, SandboxGuestError],
    ["a thrown value", "throw { code: 42, when: new Date(0), list: [1, 2] }", {}, SandboxGuestError],
    ["a rejected promise", "await Promise.reject(new RangeError('no'))", {}, SandboxGuestError],
    ["a promise that can never settle", "await new Promise(() => {})", {}, SandboxBudgetError],
    ["a result that cannot leave", "({ f() {} })", {}, SandboxCopyError],
  ];
  for (const [name, source, inputs, Class] of cases) {
    it(`${name}: the same class with the same fields as in this thread`, async () => {
      const remote = await rejectionOf(worker.evaluateAsync(source, inputs)) as Fields;
      const here = await rejectionOf(local.evaluateAsync(source, inputs)) as Fields;
      expect(remote).toBeInstanceOf(Class);
      expect(remote.name).toBe(here.name);
      expect(remote.message).toBe(here.message);
      // A thrown Error crosses as structured cloning keeps one: its class, message and standard name.
      expect({ ...remote, thrown: undefined }).toEqual({ ...here, thrown: undefined });
      if (here.thrown instanceof Error) expect([remote.thrown?.name, remote.thrown?.message]).toEqual([here.thrown.name, here.thrown.message]);
      else expect(remote.thrown).toEqual(here.thrown);
    });
  }
  it("keep the location getters and the weakened marks", async () => {
    const weak = quietSandbox({ runIn: "worker", layers: without("freeze") });
    try {
      const error = await rejectionOf(weak.evaluateAsync("\n  null.x")) as SandboxGuestError;
      const here = await rejectionOf(local.evaluateAsync("\n  null.x")) as SandboxGuestError;
      expect([error.line, error.column]).toEqual([2, here.column]);
      expect(error.weakened).toEqual(["freeze"]);
      expect(weak.weakened).toEqual(["freeze"]);
    } finally {
      await weak.close();
    }
  });
  it("bad arguments reject with a SandboxOptionsError", async () => {
    expect(await rejectionOf(worker.evaluateAsync(42 as unknown as string))).toBeInstanceOf(SandboxOptionsError);
    expect(await rejectionOf(worker.evaluateAsync("1", [] as unknown as Record<string, unknown>))).toBeInstanceOf(SandboxOptionsError);
  });
});

describe("a worker sandbox in this thread", () => {
  it("refuses the synchronous methods, pointing to evaluateAsync", () => {
    for (const call of [() => worker.evaluate("1"), () => worker.compile("1"), () => worker.explain("1")]) {
      const error = errorOf(call);
      expect(error).toBeInstanceOf(SandboxOptionsError);
      expect(error.message).toMatch(/evaluateAsync/);
    }
  });
  it("still checks sources statically, knowing its endowments", () => {
    expect(worker.check("config.rate + x")).toEqual([]);
    expect(worker.check("process.exit()").map((d) => d.ruleId)).toEqual(["no-unknown-global"]);
  });
});

describe("module mode in a worker", () => {
  const modules = {
    "@app/tax": { namespace: { rate: 0.2, brackets: [10, 20] } },
    "@app/util": { source: "import { rate } from '@app/tax';\nexport const gross = (x) => x * (1 + rate);" },
  };
  const moduleWorker = new Sandbox({ mode: "module", runIn: "worker", modules });
  afterAll(() => moduleWorker.close());

  it("imports host and guest modules there and returns the namespace frozen", async () => {
    const result = await moduleWorker.evaluateAsync('import { gross } from "@app/util";\nimport { brackets } from "@app/tax";\nexport const total = gross(amount), frozen = Object.isFrozen(brackets), top = this === undefined;', { amount: 100 });
    expect(result).toEqual({ total: 120, frozen: true, top: true });
    expect(Object.isFrozen(result)).toBe(true);
  });
  it("refuses an unlisted import with the same located error, and check() sees the modules", async () => {
    const error = await rejectionOf(moduleWorker.evaluateAsync('import fs from "node:fs";'));
    expect(error).toBeInstanceOf(SandboxPolicyError);
    expect((error as SandboxPolicyError).diagnostics).toMatchObject([{ ruleId: "no-unlisted-import", line: 1, column: 16 }]);
    expect(moduleWorker.check('import { nope } from "@app/util";')).toMatchObject([{ messageId: "missingExport" }]);
  });
  it("refuses a host module namespace that cannot be cloned, at construction, naming the path", () => {
    const error = errorOf(() => new Sandbox({ mode: "module", runIn: "worker", modules: { log: { namespace: { write: () => undefined } } } }));
    expect(error).toBeInstanceOf(SandboxOptionsError);
    expect(error.message).toMatch(/^modules\["log"\]\.namespace\.write cannot be sent to a worker thread/);
  });
});
