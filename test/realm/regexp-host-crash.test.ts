/**
 * Why: before tame-regexp.ts, guest code could abort the host process through V8's regexp compiler -
 * by compiling a regexp with a capturing group at the edge of the stack, or one nested 10000 groups
 * deep - and hang it with a catastrophically backtracking pattern. Each payload runs in its own child
 * process (a regression would kill the test runner), against the built library; the child must exit 0
 * having seen a value or a SandboxError, and nothing else.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const library = new URL("../../dist/src/index.js", import.meta.url).href;

interface Outcome { readonly kind: "value" | "error"; readonly value?: unknown; readonly name?: string; readonly sandboxError?: boolean; readonly message?: string }

function runInChild(source: string): Outcome {
  const script = `
    import { Sandbox, SandboxError } from ${JSON.stringify(library)};
    const sandbox = new Sandbox({ limits: { steps: 1e8, timeoutMs: 60000 } });
    let outcome;
    try { outcome = { kind: "value", value: sandbox.evaluate(${JSON.stringify(source)}) }; }
    catch (e) { outcome = { kind: "error", name: e.name, sandboxError: e instanceof SandboxError, message: String(e.message).slice(0, 200) }; }
    console.log(JSON.stringify(outcome));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
  expect(child.signal, `killed: ${child.stderr.slice(0, 300)}`).toBeNull();
  expect(child.status, child.stderr.slice(0, 300)).toBe(0);
  return JSON.parse(child.stdout.trim()) as Outcome;
}

/** Recurses to the stack edge, then runs `call` at every depth while unwinding. */
const atStackEdge = (call: string) => `
  let n = 0, ok = 0;
  function dive() {
    try { dive(); } catch (e) { /* stack exhausted */ }
    n++;
    try { ${call}; ok++; } catch (e) { /* RangeError: no headroom */ }
  }
  dive();
  ok > 0`;

const edgeCalls: Record<string, string> = {
  "a literal's test": '/(a|b)*c/.test("ab")',
  "new RegExp(s).exec": 'new RegExp("(a|b)*c" + n).exec("ab")',
  "String#match(string)": '"ab".match("(x|b)*c" + n)',
  "String#matchAll(string)": '[..."ab".matchAll("(x|b)*c" + n)]',
  "String#search(string)": '"ab".search("(x|b)*c" + n)',
  "String#replace": '"ab".replace(new RegExp("(a|b)*c" + n, "g"), "")',
  "String#replaceAll": '"ab".replaceAll(new RegExp("(a|b)*c" + n, "g"), "")',
  "String#split": '"ab".split(new RegExp("(a|b)*c" + n))',
  "a two-byte subject after a one-byte one": 'const r = /(a|b)*c/; r.test("ab"); r.test("ab\\u1234"); r.test("ab")',
};

describe("regexps cannot crash the host (child processes)", () => {
  it("fact 1: a literal with a capturing group compiled at the stack edge", () => {
    expect(runInChild('function f(n){ try { return f(n+1) } catch { return /(a|b)*c/.test("ab") } } f(0)')).toEqual({ kind: "value", value: false });
  });

  it.each(Object.entries(edgeCalls))("at the stack edge: %s", (_, call) => {
    expect(runInChild(atStackEdge(call))).toEqual({ kind: "value", value: true });
  });

  it("fact 2: a pattern nested 10000 groups deep is refused with a SyntaxError", () => {
    const outcome = runInChild('new RegExp("(".repeat(10000) + "a|b" + ")*".repeat(10000)).test("ab")');
    expect(outcome).toMatchObject({ kind: "error", name: "SandboxGuestError", sandboxError: true });
    expect(outcome.message).toMatch(/SyntaxError: Invalid regular expression: .*nests groups deeper than 20 levels/);
  });
});

describe("catastrophic backtracking ends or is refused (child processes)", () => {
  const long = '"a".repeat(100000)';
  const cases: [string, string, "value" | "error"][] = [
    ["(a+)+$", `new RegExp("(a+)+$").test(${long} + "!")`, "value"],
    ["(a|a)*b", `new RegExp("(a|a)*b").test(${long})`, "value"],
    ["(a|aa)+$", `new RegExp("(a|aa)+$").test(${long} + "!")`, "value"],
    ["^(\\w+\\s?)*$", `new RegExp("^(\\\\w+\\\\s?)*$").test("ab ".repeat(30000) + "!")`, "value"],
    ["(.*a){25}", `new RegExp("(.*a){25}").test("a".repeat(1000))`, "error"],
    ["(a+)+$ with i", `new RegExp("(a+)+$", "i").test(${long} + "!")`, "error"],
    ["(a+)+$ via String#search(string) with a lookahead", `${long}.search("(?=(a+)+$)")`, "error"],
  ];
  it.each(cases)("%s", (_, source, kind) => {
    const outcome = runInChild(source);
    expect(outcome.kind).toBe(kind);
    if (kind === "value") expect(outcome.value).toBe(false);
    else expect(outcome.sandboxError, outcome.name).toBe(true); // refused: by the rule (a policy error) or the realm (a guest SyntaxError)
  });
});
