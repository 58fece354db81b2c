/**
 * Why: small helpers for tests that run guest code: capture the SandboxError a run ends with (and fail
 * the test if it ends with anything else), synchronously or asynchronously, and build sandboxes with exactly one layer switched off
 * without the RINGFENCE_WEAKENED warning flooding the output.
 */
import { expect } from "vitest";
import { Sandbox, SandboxError, type Layer, type SandboxOptions } from "../../src/index.js";

export function errorOf(run: () => unknown): SandboxError {
  try {
    run();
  } catch (error) {
    expect(error, "a run must only ever fail with a SandboxError").toBeInstanceOf(SandboxError);
    return error as SandboxError;
  }
  throw new Error("expected the run to fail, but it returned");
}

/** errorOf for asynchronous runs: the promise must reject with a SandboxError. */
export async function asyncErrorOf(run: () => Promise<unknown>): Promise<SandboxError> {
  try {
    await run();
  } catch (error) {
    expect(error, "a run must only ever fail with a SandboxError").toBeInstanceOf(SandboxError);
    return error as SandboxError;
  }
  throw new Error("expected the run to fail, but it resolved");
}

export function quietSandbox(options: SandboxOptions): Sandbox {
  const emit = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return new Sandbox(options);
  } finally {
    process.emitWarning = emit;
  }
}

export function without(...layers: Layer[]): SandboxOptions["layers"] {
  return Object.fromEntries(layers.map((layer) => [layer, false]));
}
