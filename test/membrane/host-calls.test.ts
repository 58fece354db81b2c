/**
 * Why: the host-call ledger is host state a guest can make grow: every callback call and every call of
 * an async host function records something in it. These tests pin that what it keeps stays bounded by
 * what the run needs, whatever the guest does.
 */
import { describe, expect, it } from "vitest";
import { HostCalls } from "../../src/membrane/host-calls.js";

/** The outcomes queued for the run's next flush (private: what is measured here is its size). */
const queued = (calls: HostCalls): number => (calls as unknown as { arrived: unknown[] }).arrived.length;

describe("the host-call ledger", () => {
  it("queues nothing for callbacks in a synchronous run, which never drains", () => {
    const calls = new HostCalls();
    calls.begin(false);
    for (let i = 0; i < 1000; i++) calls.stir();
    expect(queued(calls)).toBe(0);
  });

  it("queues one wake-up for any number of callbacks between two flushes of an asynchronous run", () => {
    const calls = new HostCalls();
    calls.begin(true);
    for (let i = 0; i < 1000; i++) calls.stir();
    expect(queued(calls)).toBe(1);
    expect(calls.flush(Infinity, () => 0)).toBe(true);
    calls.stir();
    expect(queued(calls)).toBe(1);
  });
});
