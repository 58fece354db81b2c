/**
 * Why: the rewriter inserts key guards, budget ticks, catch guards and completion tracking, and the
 * emitter regenerates the code; none of that may change what an allowed program means. For every
 * program in the corpus, ringfence's result (or thrown error) must equal what a plain strict-mode
 * node:vm context computes. Entries with `knownBug` are expected to disagree until the bug is fixed
 * (it.fails): when one starts passing, the marker must be removed.
 */
import { describe, expect, it } from "vitest";
import { Sandbox } from "../../src/index.js";
import { PROGRAMS, type SemanticsProgram } from "./programs.js";
import { holdsNonData, normalize, runReference, runRingfence } from "./normalize.js";

const sandboxes = {
  script: new Sandbox({ mode: "script" }),
  expression: new Sandbox({ mode: "expression" }),
};

function agree(program: SemanticsProgram): void {
  const mode = program.mode ?? "script";
  const reference = runReference(program.source, program.inputs, mode);
  expect(holdsNonData(reference as never), `the reference result must be plain data: ${JSON.stringify(reference)}`).toBe(false);
  const actual = runRingfence(sandboxes[mode], program.source, program.inputs);
  expect(actual, `${mode}: ${program.source}`).toEqual(reference);
}

describe("the semantics corpus", () => {
  it("has at least 220 programs with unique names", () => {
    expect(PROGRAMS.length).toBeGreaterThanOrEqual(220);
    expect(new Set(PROGRAMS.map((p) => p.name)).size).toBe(PROGRAMS.length);
  });

  it("covers expression mode as well as scripts", () => {
    expect(PROGRAMS.filter((p) => p.mode === "expression").length).toBeGreaterThanOrEqual(20);
  });
});

describe("normalize", () => {
  it("tells apart the values JSON would merge", () => {
    const values = [undefined, null, NaN, 0, -0, Infinity, 1n, "1", [, 1], [undefined, 1], new Map([[1, 2]]), new Set([1]), new Date(0), /a/g, new Error("e")];
    const normals = values.map((v) => JSON.stringify(normalize(v)));
    expect(new Set(normals).size).toBe(values.length);
  });

  it("treats another realm's data like this realm's", async () => {
    const vm = await import("node:vm");
    const foreign = vm.runInNewContext("({ a: [1, , { b: new Map([[1, new Set([2])]]) }], d: new Date(5), r: /x/y, n: -0 })");
    expect(normalize(foreign)).toEqual(normalize({ a: [1, , { b: new Map([[1, new Set([2])]]) }], d: new Date(5), r: /x/y, n: -0 }));
  });
});

describe("ringfence agrees with plain strict-mode JavaScript", () => {
  for (const program of PROGRAMS) {
    if (program.knownBug) {
      it.fails(`${program.name}  [known bug: ${program.knownBug}]`, () => agree(program));
    } else {
      it(program.name, () => agree(program));
    }
  }
});
