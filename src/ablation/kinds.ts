/**
 * Why: a verdict lists every tripwire that fired, in words; a matrix cell needs one short name. Each
 * tripwire line belongs to exactly one kind, and a cell shows the gravest kind that fired, so the
 * order below is the severity order (a line no kind claims is an error here, not a silent "other":
 * a new tripwire in ./attempt.ts must be named before the matrix can show it).
 */
import type { Verdict } from "./attempt.js";

export interface TripwireKind {
  readonly name: string;
  readonly meaning: string;
  readonly matches: RegExp;
}

export const KINDS: readonly TripwireKind[] = [
  { name: "crash", meaning: "the child process died: the attempt took the host process down", matches: /^crash: / },
  { name: "hang", meaning: "no verdict within the per-file time limit: the host process was kept busy, or an asynchronous attempt never settled", matches: /^timeout: / },
  { name: "canary", meaning: "code ran with the host's globals: the canary on the host's global object was touched", matches: /^host: canary touched$/ },
  { name: "host-proto", meaning: "the host's global object or intrinsics (prototypes, constructors, hidden intrinsics) changed", matches: /^host(-deep)?: / },
  { name: "host-fn", meaning: "a host function came back to the host in the result or in the thrown value", matches: / (holds|is) a host function$/ },
  { name: "host-data", meaning: "host data handed to the guest (inputs, endowments) was modified", matches: /^host-data: / },
  { name: "host-source", meaning: "host function source text reached the guest and came back", matches: /^secret: | carries host function source$/ },
  { name: "guest-code", meaning: "the result holds guest code - a realm function, accessor or Proxy - that the host would run by calling or reading it, after the run", matches: / holds guest code: / },
  { name: "raw-throw", meaning: "evaluate() threw something that is not a SandboxError, or reading its result ran guest code", matches: /^raw throw: |: inspecting it ran code that threw / },
  { name: "realm-state", meaning: "the realm or the guest's globals changed for later runs (realm snapshot, probe program, run 2)", matches: /^(realm|probe|run 2): / },
];

export const BLOCKED = "blocked";

/** The kind of one tripwire line. */
export function kindOf(tripwire: string): string {
  const kind = KINDS.find((k) => k.matches.test(tripwire));
  if (!kind) throw new Error(`ablation: no kind in src/ablation/kinds.ts matches the tripwire ${JSON.stringify(tripwire)}`);
  return kind.name;
}

/** Every kind that fired, gravest first; empty when the attempt was blocked. */
export function kindsOf(verdict: Pick<Verdict, "tripwires">): string[] {
  const fired = new Set(verdict.tripwires.map(kindOf));
  return KINDS.map((k) => k.name).filter((name) => fired.has(name));
}
