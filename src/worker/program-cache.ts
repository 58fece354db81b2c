/**
 * Why: a worker serves evaluate-style requests (source + inputs), and the same source is typically
 * sent again and again; compiling is most of a small run's cost. Compiled programs are kept per source
 * and input names, oldest dropped first, and the total source kept is bounded because compiled code
 * lives in the worker's limited heap.
 */
import type { Program } from "../program.js";

const MAX_CACHED_SOURCE = 200_000;

export class ProgramCache {
  private readonly programs = new Map<string, Program>();
  private cachedLength = 0;

  constructor(private readonly compile: (source: string, inputNames: readonly string[]) => Program) {}

  get(source: string, inputNames: readonly string[]): Program {
    // The JSON prefix ends at its first unquoted "]", so the key is unambiguous.
    const key = JSON.stringify(inputNames) + source;
    const cached = this.programs.get(key);
    if (cached) return cached;
    const program = this.compile(source, inputNames);
    if (key.length <= MAX_CACHED_SOURCE) this.keep(key, program);
    return program;
  }

  private keep(key: string, program: Program): void {
    for (const oldest of this.programs.keys()) {
      if (this.cachedLength + key.length <= MAX_CACHED_SOURCE) break;
      this.programs.delete(oldest);
      this.cachedLength -= oldest.length;
    }
    this.programs.set(key, program);
    this.cachedLength += key.length;
  }
}
