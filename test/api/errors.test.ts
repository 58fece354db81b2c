/**
 * Why: errors are part of the product. Every failure is a SandboxError subclass with a stable code;
 * static diagnostics are all reported at once; and every location - of a syntax error, a rule, a guard
 * refusal, a budget trip or a guest exception - is a line and column in the user's own source.
 */
import { describe, expect, it } from "vitest";
import {
  ERROR_CODES, Sandbox, SandboxError, SandboxGuestError, SandboxPolicyError, SandboxSyntaxError, check, evaluate,
} from "../../src/index.js";
import { errorOf, quietSandbox, without } from "../_harness/sandbox.js";

const sandbox = new Sandbox();

describe("syntax errors", () => {
  it("are located in the user's source", () => {
    const error = errorOf(() => sandbox.evaluate("let a = 1;\nlet b = ;")) as SandboxSyntaxError;
    expect(error).toBeInstanceOf(SandboxSyntaxError);
    expect(error.code).toBe("SANDBOX_SYNTAX");
    expect(error.diagnostics[0]).toMatchObject({ ruleId: "parse", line: 2, column: 9 });
  });
  it("include strict-mode errors, since guest code always runs strict", () => {
    expect(errorOf(() => sandbox.evaluate("const x = 010;"))).toBeInstanceOf(SandboxSyntaxError);
    expect(errorOf(() => sandbox.evaluate("function f(a, a) {}"))).toBeInstanceOf(SandboxSyntaxError);
  });
  it("turn absurd nesting into a clear error, not a host stack overflow", () => {
    const roomy = new Sandbox({ limits: { maxSourceLength: 1_000_000 } });
    for (const source of ["(".repeat(100_000) + "1" + ")".repeat(100_000), "[".repeat(100_000) + "]".repeat(100_000), "{".repeat(100_000), "a => ".repeat(50_000) + "1", "-".repeat(100_000) + "1"]) {
      const error = errorOf(() => roomy.evaluate(source)) as SandboxSyntaxError;
      expect(error).toBeInstanceOf(SandboxSyntaxError);
      expect(error.message).toMatch(/nested/);
    }
  });
  it("locate over-deep nesting before parsing, ignoring brackets in strings and comments", () => {
    const error = errorOf(() => sandbox.evaluate("const s = '((((((((';\nlet x = " + "[".repeat(300) + "]".repeat(300))) as SandboxSyntaxError;
    expect(error.diagnostics[0]).toMatchObject({ messageId: "tooDeep", line: 2, column: 265 });
    expect(sandbox.evaluate("/* {{{{ */ const s = '" + "(".repeat(400) + "'; s.length")).toBe(400);
  });
  it("refuse sources over the size limit", () => {
    const small = new Sandbox({ limits: { maxSourceLength: 10 } });
    expect(errorOf(() => small.evaluate("1 + 2 + 3 + 4"))).toBeInstanceOf(SandboxSyntaxError);
  });
});

describe("policy errors", () => {
  it("collect every diagnostic, sorted, each with a rule id and an exact range", () => {
    const error = errorOf(() => sandbox.evaluate("o.__proto__;\nwith (o) {}\nprocess.exit()", { o: {} })) as SandboxPolicyError;
    expect(error).toBeInstanceOf(SandboxPolicyError);
    expect(error.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endColumn])).toEqual([
      ["no-proto-property", 1, 3, 12], ["no-with", 2, 1, 12], ["no-unknown-global", 3, 1, 8],
    ]);
  });
  it("are also what check() returns, without running anything", () => {
    expect(check("eval('1')").map((d) => d.ruleId)).toEqual(["no-direct-eval", "no-unknown-global"]);
    expect(check("1 + 1")).toEqual([]);
  });
  it("name the rule when strict parsing fails on something a rule refuses", () => {
    const error = errorOf(() => sandbox.evaluate("with (Math) { max(1, 2) }")) as SandboxPolicyError;
    expect(error.diagnostics.map((d) => d.ruleId)).toEqual(["no-with", "no-unknown-global"]);
  });
});

describe("guest errors", () => {
  it("carry the guest's error name, message and location in the user's source", () => {
    const error = errorOf(() => sandbox.evaluate("const a = 1;\n\n  const b = null;\n  b.field;")) as SandboxGuestError;
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect([error.guestName, error.guestMessage, error.line, error.column]).toEqual(["TypeError", "Cannot read properties of null (reading 'field')", 4, 5]);
  });
  it("locate errors thrown in nested functions", () => {
    const error = errorOf(() => sandbox.evaluate("function inner() {\n  throw new RangeError('deep');\n}\nfunction outer() { inner(); }\nouter();")) as SandboxGuestError;
    expect([error.guestName, error.guestMessage, error.line]).toEqual(["RangeError", "deep", 2]);
  });
  it("copy a thrown value out as data", () => {
    const error = errorOf(() => sandbox.evaluate("throw { code: 42 }")) as SandboxGuestError;
    expect(error.thrown).toEqual({ code: 42 });
    expect(errorOf(() => sandbox.evaluate("throw 'plain'"))).toMatchObject({ guestMessage: "plain" });
  });
  it("never show the guest host paths or host frames in a stack", () => {
    const stack = sandbox.evaluate("let s; try { null.x; } catch (e) { s = e.stack; } s") as string;
    expect(stack).toBe("TypeError: Cannot read properties of null (reading 'x')");
  });
  it("never quote the rewriter's guard calls in a message", () => {
    const error = errorOf(() => sandbox.evaluate("const o = {}; const k = 'f'; o[k]()")) as SandboxGuestError;
    expect(error.guestMessage).toBe("o[...] is not a function");
  });
  it("report a missing input as a ReferenceError naming it", () => {
    const program = sandbox.compile("price * qty");
    expect(errorOf(() => program.run({ price: 1 }))).toMatchObject({ guestName: "ReferenceError" });
  });
});

describe("error classes", () => {
  it("all extend SandboxError, have a name and a documented code", () => {
    const errors = [
      errorOf(() => evaluate("(")), errorOf(() => evaluate("eval")), errorOf(() => evaluate("({})['con' + 'structor']")),
      errorOf(() => evaluate("for (;;) {}")), errorOf(() => evaluate("null.x")), errorOf(() => evaluate("() => 1")),
    ];
    expect(errors.map((e) => e.name)).toEqual(["SandboxSyntaxError", "SandboxPolicyError", "SandboxAccessError", "SandboxBudgetError", "SandboxGuestError", "SandboxCopyError"]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(SandboxError);
      expect(ERROR_CODES[error.code]).toBeDefined();
    }
  });
  it("say loudly when the sandbox was weakened", () => {
    const weak = quietSandbox({ layers: without("guards") });
    expect(weak.weakened).toEqual(["guards"]);
    expect(errorOf(() => weak.evaluate("null.x")).weakened).toEqual(["guards"]);
    expect(errorOf(() => sandbox.evaluate("null.x")).weakened).toEqual([]);
  });
});
