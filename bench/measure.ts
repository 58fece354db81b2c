/**
 * Why: timing helpers for the benchmarks. Each measurement runs a warm-up, then several rounds of a
 * fixed number of operations, and reports the median time per operation, so one noisy round (GC, the
 * other core busy) does not decide a ratio. Candidates are measured interleaved, in the same process.
 */
export interface Candidate {
  readonly name: string;
  /** Performs operation number `i`. */
  readonly op: (i: number) => unknown;
}

export interface Measurement {
  readonly name: string;
  readonly nsPerOp: number;
}

let sink: unknown;

export function measure(candidates: readonly Candidate[], opsPerRound: number, rounds = 7): Measurement[] {
  for (const c of candidates) for (let i = 0; i < Math.min(opsPerRound, 2000); i++) sink = c.op(i);
  const samples = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
  let offset = 0;
  for (let round = 0; round < rounds; round++) {
    for (const c of candidates) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < opsPerRound; i++) sink = c.op(offset + i);
      samples.get(c.name)!.push(Number(process.hrtime.bigint() - start) / opsPerRound);
    }
    offset += opsPerRound;
  }
  return candidates.map((c) => ({ name: c.name, nsPerOp: median(samples.get(c.name)!) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function keepAlive(): unknown {
  return sink;
}

/**
 * The median time per operation of an asynchronous operation, each awaited before the next starts
 * (a round trip's latency, not throughput).
 */
export async function measureAsync(op: (i: number) => Promise<unknown>, opsPerRound: number, rounds = 7): Promise<number> {
  for (let i = 0; i < Math.min(opsPerRound, 500); i++) sink = await op(i);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < opsPerRound; i++) sink = await op(round * opsPerRound + i);
    samples.push(Number(process.hrtime.bigint() - start) / opsPerRound);
  }
  return median(samples);
}
