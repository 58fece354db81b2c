/**
 * Why: an endowed host function is the classic way out of expression sandboxes (its `.constructor` is
 * the host's Function). Every member the guest can reach on one - by name, computed, through Reflect
 * or descriptors - must be a realm intrinsic or nothing; the host's tripwires (globals, intrinsic
 * prototypes, canary) must not move.
 */
import { describe, expect, it } from "vitest";
import { Sandbox } from "../../src/index.js";
import { hostChanges, holdsHostFunction, snapshotHost } from "../../src/ablation/tripwires.js";
import { HOST_SECRET } from "../../src/ablation/catalog.js";
import { errorOf } from "../_harness/sandbox.js";

function endowed(): Sandbox {
  return new Sandbox({ globals: { f: function hostF(x: unknown) { /* rf-host-secret */ return x; } } });
}

/** Each entry is a guest expression that must be true: the member reached is the realm's own, or nothing. */
const MEMBERS: Readonly<Record<string, string>> = {
  "Reflect.get(f, 'constructor')": "Reflect.get(f, 'constr' + 'uctor') === Function",
  "f.call": "f.call === Function.prototype.call",
  "f.apply": "f.apply === Function.prototype.apply",
  "f.bind": "f.bind === Function.prototype.bind && Object.getPrototypeOf(f.bind(null)) === Function.prototype",
  "f.toString": "f.toString === Function.prototype.toString",
  "Object.getPrototypeOf(f)": "Object.getPrototypeOf(f) === Function.prototype && Object.getPrototypeOf(f) === Object.getPrototypeOf(() => 0)",
  "own properties": "Reflect.ownKeys(f).sort().join() === 'length,name' && Object.values(Object.getOwnPropertyDescriptors(f)).every((d) => 'value' in d && typeof d.value !== 'function' && typeof d.value !== 'object')",
  "f.prototype": "Reflect.get(f, 'proto' + 'type') === undefined",
  "computed caller": "(() => { try { return Reflect.get(f, 'cal' + 'ler') === undefined; } catch (e) { return e instanceof TypeError; } })()",
  "computed arguments": "(() => { try { return Reflect.get(f, 'argu' + 'ments') === undefined; } catch (e) { return e instanceof TypeError; } })()",
  "its source text": "!f.toString().includes('rf-host-' + 'secret') && !Function.prototype.toString.call(f).includes('return x')",
  "the Function it reaches": "(() => { try { const g = Reflect.get(f, 'constr' + 'uctor')('return globalThis')(); return typeof g.process === 'undefined'; } catch (e) { return e instanceof Error; } })()",
  "calls through call, apply, bind and Reflect": "f.call(null, 1) === 1 && f.apply(null, [2]) === 2 && f.bind(null, 3)() === 3 && Reflect.apply(f, null, [4]) === 4",
};

describe("members of an endowed host function", () => {
  it.each(Object.entries(MEMBERS))("%s leads to the realm, not the host", (_member, check) => {
    const before = snapshotHost();
    const sandbox = endowed();
    const result = sandbox.evaluate(check);
    expect(result).toBe(true);
    expect(hostChanges(before, snapshotHost())).toStrictEqual([]);
  });
  it("named statically, constructor, caller, arguments and __proto__ are policy errors", () => {
    for (const member of ["constructor", "caller", "arguments", "__proto__"]) {
      expect(errorOf(() => endowed().evaluate(`f.${member}`)).code).toBe("SANDBOX_POLICY");
    }
  });
  it("computed as a member access, constructor is refused by the key guard", () => {
    expect(errorOf(() => endowed().evaluate("f['constr' + 'uctor']")).code).toBe("SANDBOX_ACCESS");
  });
  it("returned out of the realm, reach nothing of the host's", () => {
    const sandbox = endowed();
    const reached = sandbox.evaluate("const d = Object.getOwnPropertyDescriptors(f); ({ name: f.name, length: f.length, source: f.toString(), d })") as Record<string, unknown>;
    expect(holdsHostFunction(reached)).toBe(false);
    expect(JSON.stringify(reached)).not.toContain(HOST_SECRET);
    expect(reached).toMatchObject({ name: "hostF", length: 1 });
    expect(errorOf(() => sandbox.evaluate("[f.call, f.bind(null)]"))).toMatchObject({ path: "result[0]" });
  });
});
