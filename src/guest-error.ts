/**
 * Why: whatever escapes a run - a budget trip, a refused access, a guest exception - reaches the host
 * as one typed SandboxError, located in the user's source. The guest's value is read through
 * descriptors only (no guest getter runs in host code), and the stack positions come from the realm's
 * stack formatter, mapped back through the emitted code's position map.
 */
import { types } from "node:util";
import { SandboxAccessError, SandboxBudgetError, SandboxGuestError, type SandboxError, type SourceLocation } from "./errors.js";
import { RunStatus } from "./guards/make-guards.js";
import { copyOut } from "./membrane/copy-out.js";
import { dataString, inheritedDataString } from "./membrane/read-data.js";
import type { FrameTable } from "./realm/tame-error-stack.js";
import type { PositionMap } from "./rewrite/position-map.js";

export interface RunContext {
  readonly sites: readonly SourceLocation[];
  readonly positions: PositionMap;
  /** Lines the wrapper adds before the emitted code. */
  readonly lineOffset: number;
  readonly frames: FrameTable;
  /** What the last size-cap stop was (src/guards/size-guards.ts). */
  readonly capStop: { detail(): string; error(): object | undefined };
}

export function stoppedError(status: RunStatus, site: number, key: string, ctx: RunContext, steps: number, timeoutMs: number): SandboxError | undefined {
  const location = ctx.sites[site];
  switch (status) {
    case RunStatus.OutOfSteps: return new SandboxBudgetError("steps", location, `step budget of ${steps} exhausted`);
    case RunStatus.OutOfTime: return new SandboxBudgetError("time", location, `time budget of ${timeoutMs} ms exhausted`);
    case RunStatus.Refused: return new SandboxAccessError(key, location, "the key guard refuses this key (computed at run time)");
    case RunStatus.OverCap: return new SandboxBudgetError("memory", location ?? capLocation(ctx), ctx.capStop.detail());
    default: return undefined;
  }
}

/** A tamed builtin has no site: its stop error's first guest frame is where the user called it. */
function capLocation(ctx: RunContext): SourceLocation | undefined {
  const error = ctx.capStop.error();
  return error === undefined ? undefined : locate(error, ctx);
}

export function guestError(thrown: unknown, ctx: RunContext): SandboxGuestError {
  let copied: unknown;
  try { copied = copyOut(thrown, "thrown"); } catch { copied = undefined; }
  if ((typeof thrown !== "object" && typeof thrown !== "function") || thrown === null) {
    return new SandboxGuestError("Uncaught", String(thrown), undefined, copied);
  }
  if (types.isProxy(thrown) || !types.isNativeError(thrown)) {
    return new SandboxGuestError("Uncaught", "a non-Error value was thrown", undefined, copied);
  }
  return new SandboxGuestError(inheritedDataString(thrown, "name", "Error"), withoutGuards(dataString(thrown, "message")), locate(thrown, ctx), copied);
}

/** Engine messages can quote the rewritten code (`o[$rf_key(...)] is not a function`); show the user's. */
function withoutGuards(message: string): string {
  return message.replace(/\$rf_key\((?:\.\.\.|[^()]*)\)/g, "...");
}

function locate(error: object, ctx: RunContext): SourceLocation | undefined {
  Reflect.getOwnPropertyDescriptor(error, "stack"); // formatting the stack records the guest frames
  const frame = ctx.frames.get(error)?.[0];
  if (!frame) return undefined;
  return ctx.positions.lookup(frame[0] - ctx.lineOffset, frame[1] - 1);
}
