/**
 * Why: the DoS suite is only as good as its judge and its header reader; these show each check can
 * fail, on made-up child results, without running any attempt.
 */
import { describe, expect, it } from "vitest";
import { parseDosFile } from "../../src/dos/corpus.js";
import { problems, timingProblems } from "../../src/dos/judge.js";
import type { ChildEnd } from "../../src/dos/run.js";
import type { DosReport } from "../../src/dos/child.js";

const header = (expect: string, extra = "") =>
  `// family:  cpu\n// vector:  an endless loop for the judge\n// api:     evaluate\n// config:  {"limits":{"timeoutMs":400}}\n// expect:  ${expect}\n${extra}for (;;) {}\n`;
const attempt = parseDosFile("0001-judged.js", header("budget time"));

const good: DosReport = {
  file: "0001-judged.js",
  observed: { kind: "budget", budget: "time", text: "time budget of 400 ms exhausted" },
  elapsedMs: 410, after: { kind: "value", text: "2", value: 2 }, lagMs: 1, idleCpuMs: 3, maxRssMb: 60, rssMb: 58,
};
const end = (report: Partial<DosReport> | undefined, how: Partial<ChildEnd> = {}): ChildEnd => ({
  file: "0001-judged.js", report: report === undefined ? undefined : { ...good, ...report },
  exitCode: 0, signal: null, killed: false, wallMs: 900, stderr: "", ...how,
});

describe("the DoS judge", () => {
  it("accepts an attempt stopped as expected", () => {
    expect(attempt.problems).toEqual([]);
    expect(problems(attempt, end({}))).toEqual([]);
  });

  it.each([
    ["the wrong budget kind", { observed: { kind: "budget", budget: "steps", text: "" } }, /expected budget time, got budget steps/],
    ["a value instead of a budget error", { observed: { kind: "value", text: "1", value: 1 } }, /expected budget time, got value/],
    ["a broken sandbox afterwards", { after: { kind: "raw-throw", text: "boom" } }, /1 \+ 1/],
    ["guest work after the run", { idleCpuMs: 90 }, /CPU while idle/],
    ["too much memory", { maxRssMb: 900 }, /peak RSS 900 MB/],
    ["a failed close", { closed: { kind: "raw-throw", text: "cannot" } }, /close\(\) failed/],
  ] as const)("refuses %s", (_what, report, message) => {
    const found = problems(attempt, end(report as Partial<DosReport>));
    expect(found.join("\n")).toMatch(message);
    expect(timingProblems(attempt, end(report as Partial<DosReport>))).toEqual([]);
  });

  it("counts overruns past timeoutMs x 1.25 and a late event loop as timing problems", () => {
    expect(timingProblems(attempt, end({ elapsedMs: 501 }))).toEqual(["took 501 ms, more than 500 ms"]);
    expect(timingProblems(attempt, end({ elapsedMs: 500 }))).toEqual([]);
    expect(timingProblems(attempt, end({ lagMs: 400 })).join()).toMatch(/400 ms late/);
  });

  it("refuses a child that died, hung or never reported", () => {
    expect(problems(attempt, end(undefined, { exitCode: null, signal: "SIGABRT", stderr: "FATAL ERROR" })).join()).toMatch(/died.*SIGABRT.*no report/s);
    expect(problems(attempt, end(undefined, { exitCode: null, signal: "SIGKILL", killed: true })).join()).toMatch(/killed/);
    expect(problems(attempt, end({}, { exitCode: 1 })).join()).toMatch(/exit 1/);
  });
});

describe("the DoS header reader", () => {
  it("reads alternatives, guest error names, values and sandbox error codes", () => {
    const parsed = parseDosFile("0002-alternatives.js", header("value false or guest-error RangeError or sandbox-error SANDBOX_COPY", "// note:    any of these\n"));
    expect(parsed.problems).toEqual([]);
    expect(parsed.expect).toEqual([{ kind: "value", value: false }, { kind: "guest-error", name: "RangeError" }, { kind: "sandbox-error", code: "SANDBOX_COPY" }]);
  });

  it.each([
    ["an unknown outcome", header("budget cpu"), /not budget steps\|time\|memory/],
    ["alternatives without a note", header("refused or value 1"), /need a note/],
    ["a bad value", header("value {nope"), /needs a JSON value/],
    ["an unknown header", header("refused", "// colour:  red\n"), /unknown header "colour"/],
    ["no timeoutMs", header("refused").replace('{"timeoutMs":400}', '{"steps":5}'), /timeoutMs is required/],
    ["a worker with the synchronous API", header("refused").replace('{"limits"', '{"runIn":"worker","limits"'), /evaluateAsync only/],
    ["no body", header("refused").replace("for (;;) {}\n", ""), /empty program body/],
  ])("reports %s", (_what, text, message) => {
    expect(parseDosFile("0003-bad.js", text).problems.join("\n")).toMatch(message);
  });
});
