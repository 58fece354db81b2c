/**
 * Why: the async twin of errorOf (test/_harness/sandbox.ts): the SandboxError a worker run rejects
 * with, failing the test if it resolves or rejects with anything else.
 */
import { expect } from "vitest";
import { SandboxError } from "../../src/index.js";

export async function rejectionOf(run: Promise<unknown>): Promise<SandboxError> {
  try {
    await run;
  } catch (error) {
    expect(error, "a worker run must only ever fail with a SandboxError").toBeInstanceOf(SandboxError);
    return error as SandboxError;
  }
  throw new Error("expected the run to fail, but it resolved");
}
