/**
 * Why: tame-regexp.ts claims every way to run a regexp passes its admission check - regexp methods,
 * the String methods that dispatch to them, and regexps String methods make from strings - for
 * literals (validator off, so the realm alone decides) and dynamic patterns alike; that refusals are
 * guest SyntaxErrors with a location; and that ordinary regexps behave exactly as before. Only refused
 * or harmless patterns run here: the hazardous payloads run in child processes (regexp-host-crash).
 */
import { describe, expect, it } from "vitest";
import { Sandbox, SandboxGuestError } from "../../src/index.js";
import { errorOf, quietSandbox, without } from "../_harness/sandbox.js";

const sandbox = new Sandbox();
const noValidator = quietSandbox({ layers: without("validator") });
/** Refused at run time: nested quantifier, and the i flag keeps V8's linear engine out (built at run time: the rule would refuse a literal). */
const RISKY = 'P, "i"';
const SUBJECT = '"a".repeat(40) + "!"';

const dynamicCalls: Record<string, string> = {
  exec: `new RegExp(${RISKY}).exec(${SUBJECT})`,
  test: `new RegExp(${RISKY}).test(${SUBJECT})`,
  "String#match": `${SUBJECT}.match(new RegExp(${RISKY}))`,
  "String#matchAll": `[...${SUBJECT}.matchAll(new RegExp(P, "gi"))]`,
  "String#replace": `${SUBJECT}.replace(new RegExp(${RISKY}), "")`,
  "String#replaceAll": `${SUBJECT}.replaceAll(new RegExp(P, "gi"), "")`,
  "String#search": `${SUBJECT}.search(new RegExp(${RISKY}))`,
  "String#split": `${SUBJECT}.split(new RegExp(${RISKY}))`,
  "@@match": `new RegExp(${RISKY})[Symbol.match](${SUBJECT})`,
  "@@matchAll": `[...new RegExp(P, "gi")[Symbol.matchAll](${SUBJECT})]`,
  "@@replace": `new RegExp(${RISKY})[Symbol.replace](${SUBJECT}, "")`,
  "@@search": `new RegExp(${RISKY})[Symbol.search](${SUBJECT})`,
  "@@split": `new RegExp(${RISKY})[Symbol.split](${SUBJECT})`,
  // Regexps the String methods create from strings, through the intrinsic RegExp.
  "String#match(string)": `${SUBJECT}.match("(?=(a+)+$)")`,
  "String#matchAll(string)": `[...${SUBJECT}.matchAll("(?=(a+)+$)")]`,
  "String#search(string)": `${SUBJECT}.search("(?=(a+)+$)")`,
};

function refusal(source: string, box = sandbox): string {
  return String(box.evaluate(`const P = ["(a+)+$"].join(""); try { ${source}; "ran" } catch (e) { e.name + ": " + e.message }`));
}

describe("every regexp entry point admits the pattern first", () => {
  it.each(Object.entries(dynamicCalls))("%s refuses a risky dynamic pattern with a SyntaxError", (_, call) => {
    expect(refusal(call)).toMatch(/^SyntaxError: Invalid regular expression: \/.*\/g?i?: ringfence refuses it: it repeats a group/);
  });

  it.each(Object.entries(dynamicCalls))("%s refuses a risky literal when the validator is off", (_, call) => {
    const literal = call.replace(/new RegExp\(P, "(g?i)"\)/, "/(a+)+$/$1");
    expect(refusal(literal, noValidator)).toMatch(/^SyntaxError: Invalid regular expression/);
  });

  it("refuses through a subclass and its species too", () => {
    expect(refusal(`class R extends RegExp {} new R(${RISKY}).test("a")`)).toMatch(/^SyntaxError/);
    expect(refusal(`class R extends RegExp {} "a,b".split(new R(${RISKY}))`)).toMatch(/^SyntaxError/);
  });

  it("refuses patterns nested deeper than the compiler's stack allows", () => {
    expect(refusal('new RegExp("(".repeat(21) + "a" + ")".repeat(21)).test("a")')).toMatch(/nests groups deeper than 20 levels/);
    expect(refusal('new RegExp("[".repeat(21) + "a" + "]".repeat(21), "v").test("a")')).toMatch(/nests groups and classes deeper than 20/);
    expect(refusal('new RegExp("(a)".repeat(1001)).test("a")')).toMatch(/more than 1000 capturing groups/);
    expect(refusal('new RegExp("a".repeat(32769)).test("a")')).toMatch(/longer than 32768 characters/);
  });

  it("an uncaught refusal reaches the host as a located SandboxGuestError", () => {
    const error = errorOf(() => sandbox.evaluate(`const s = "(a|a)*b";\nnew RegExp(s, "u").test("aaaa")`));
    expect(error).toBeInstanceOf(SandboxGuestError);
    expect(error.message).toMatch(/^line 2:\d+: SyntaxError: Invalid regular expression: \/\(a\|a\)\*b\/u: ringfence refuses it/);
  });

  it("a regexp's own flag properties cannot hide a flag from the check", () => {
    expect(refusal(`const r = new RegExp(${RISKY}); Object.defineProperty(r, "ignoreCase", { value: false }); Object.defineProperty(r, "flags", { value: "" }); r.test("a")`)).toMatch(/^SyntaxError/);
  });
});

describe("ordinary regexps are unchanged", () => {
  it("lets linear-engine patterns with nested quantifiers run, and they end quickly", () => {
    expect(sandbox.evaluate('/(a+)+$/.test("a".repeat(5000) + "!") || /(a|a)*b/.test("a".repeat(5000)) || /^(\\w+\\s?)*$/.test("ab ".repeat(2000) + "!")')).toBe(false);
  });

  it("keeps the entry points' names and lengths", () => {
    expect(sandbox.evaluate(`const p = RegExp.prototype;
      [p.exec, p.test, p[Symbol.match], p[Symbol.matchAll], p[Symbol.replace], p[Symbol.search], p[Symbol.split]].map((f) => f.name + "/" + f.length).join()`))
      .toBe("exec/1,test/1,[Symbol.match]/1,[Symbol.matchAll]/1,[Symbol.replace]/2,[Symbol.search]/1,[Symbol.split]/2");
  });

  it("runs the usual methods as plain JavaScript does", () => {
    expect(sandbox.evaluate(`[
      /(\\d+)-(\\d+)/.exec("10-20").slice(), "a1b22c".match(/\\d+/g), [..."a1b22".matchAll(/\\d/g)].map((m) => m.index),
      "x-y-z".replace(/-(.)/g, (_, c) => c.toUpperCase()), "aaa".replaceAll(/a/g, "$&b"), "hello".search(/l+/),
      "a, b,c".split(/\\s*,\\s*/), /^[\\p{L}]+$/u.test("héllo"), /(?<y>\\d{4})/.exec("in 2024").groups.y, "ab".match("b").index,
    ]`)).toEqual([["10-20", "10", "20"], ["1", "22"], [1, 3, 4], "xYZ", "ababab", 2, ["a", "b", "c"], true, "2024", 1]);
  });
});
