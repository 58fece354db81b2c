/**
 * Why: runs around every test in the suite. Whatever a test made the sandbox do, the host's global
 * object, its intrinsic prototypes and the canary must be exactly as they were (the analogue of
 * quickjs-emscripten's assertNoMemoryAllocated).
 */
import { afterEach, beforeEach, expect } from "vitest";
import { hostChanges, snapshotHost, type HostSnapshot } from "../../src/ablation/tripwires.js";

let before: HostSnapshot;

beforeEach(() => {
  before = snapshotHost();
});

afterEach(() => {
  expect(hostChanges(before, snapshotHost()), "host integrity after this test").toEqual([]);
});
