/**
 * Why: the dojo runs real escapes, so its child process must really be restricted and its tripwires must
 * really fire. These tests check, on this machine, that Node's permission model refuses file writes,
 * child processes and workers in the child (and, as a control, that the same payload does write and
 * spawn in an unrestricted child, so the check can fail); that each tripwire fires on level 0, where
 * everything gets out; that a harmless attempt fires none; and that a child that hangs, dies, or ends
 * itself counts as an escape.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runner } from "./built.js";

/** Tries to write `dir/written`, to spawn a shell that writes `dir/spawned`, and to start a worker. */
function payload(dir: string): string {
  return `const r = [];
const attempt = (what) => { try { what(); r.push("done"); } catch (e) { r.push(e.code); } };
attempt(() => process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(join(dir, "written"))}, "x"));
attempt(() => process.getBuiltinModule("child_process").execFileSync("/bin/sh", ["-c", ${JSON.stringify(`echo x > ${join(dir, "spawned")}`)}]));
attempt(() => new (process.getBuiltinModule("worker_threads").Worker)("0", { eval: true }).terminate());
r.join()`;
}

describe("the dojo's child process", () => {
  it("runs under the permission model: no file writes, no child processes, no workers", () => {
    const dir = mkdtempSync(join(tmpdir(), "ringfence-dojo-"));
    const report = runner.runInDojo(0, payload(dir));
    expect(report.detail).toBe(JSON.stringify("ERR_ACCESS_DENIED,ERR_ACCESS_DENIED,ERR_ACCESS_DENIED"));
    expect(existsSync(join(dir, "written"))).toBe(false);
    expect(existsSync(join(dir, "spawned"))).toBe(false);
  });

  it("(control) the same payload writes and spawns in a child without the permission model", () => {
    const dir = mkdtempSync(join(tmpdir(), "ringfence-dojo-control-"));
    const child = spawnSync(process.execPath, ["-p", payload(dir)], { encoding: "utf8", timeout: 20_000 });
    expect(child.stdout.trim()).toBe("done,done,done");
    expect(existsSync(join(dir, "written"))).toBe(true);
    expect(existsSync(join(dir, "spawned"))).toBe(true);
  });

  it("may read nothing outside its own code, and gets an empty environment", () => {
    const report = runner.runInDojo(0, `[process.permission.has("fs.read", "/etc/passwd"), process.permission.has("fs.write"), process.permission.has("child"), process.permission.has("worker"), Object.keys(process.env).length].join()`);
    expect(report.detail).toBe(JSON.stringify("false,false,false,false,0"));
  });

  it("starts node with --experimental-permission and only --allow-fs-read grants", () => {
    const flags = runner.permissionFlags();
    expect(flags[0]).toBe("--experimental-permission");
    for (const flag of flags.slice(1)) expect(flag).toMatch(/^--allow-fs-read=.+\*$/);
  });
});

describe("tripwires", () => {
  const escaped = (level: number, source: string, timeoutMs?: number) => runner.runInDojo(level, source, timeoutMs);

  it("none fires for a harmless attempt, even on level 0", () => {
    expect(escaped(0, "let s = 0; for (const x of [1, 2, 3]) s += x; s")).toMatchObject({ verdict: "held", tripwires: [], outcome: "value", detail: "6" });
  });

  it.each([
    ["the host's process", "process", "obtained the host's process"],
    ["the host's Function inside a value", "({ f: Function })", "obtained the host's Function constructor"],
    ["the canary", "globalThis.__ringfenceCanary = 1", "wrote the canary globalThis.__ringfenceCanary"],
    ["a polluted prototype", "Array.prototype.rfPolluted = 1", "changed the host's Array.prototype: added rfPolluted"],
    ["a deleted global", "delete globalThis.JSON", "changed the host's globalThis: removed JSON"],
    ["pollution after the run, from a timer", "setTimeout(() => { Object.prototype.rfLater = 1; }, 20); 0", "changed the host's Object.prototype: added rfLater"],
    ["printing", "console.log('hello'); 0", "wrote to the host's stdout"],
    ["ending the host", "process.exit(0)", "ended the host process during the attempt"],
  ])("fires for %s", (_what, source, tripwire) => {
    const report = escaped(0, source);
    expect(report.verdict).toBe("escaped");
    expect(report.tripwires).toContain(tripwire);
  });

  it("counts a host process that dies as escaped", () => {
    expect(escaped(0, "process.kill(process.pid, 'SIGKILL')")).toMatchObject({ verdict: "escaped", outcome: "crash" });
  });

  it("counts a host process that hangs as escaped, and level 6 stops the same loop", () => {
    expect(escaped(0, "while (true) {}", 1500)).toMatchObject({ verdict: "escaped", outcome: "timeout" });
    expect(escaped(6, "while (true) {}")).toMatchObject({ verdict: "held", outcome: "threw", detail: expect.stringMatching(/^SandboxBudgetError/) });
  });

  it("refuses a level that does not exist", () => {
    expect(() => runner.runInDojo(7, "1")).toThrow(RangeError);
  });
});
