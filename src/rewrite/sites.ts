/**
 * Why: a guard that refuses an access, or a tick that exhausts the budget, must say where in the
 * user's source that happened. Each guarded place gets a small integer - its site - passed to the
 * guard as a constant; the table maps it back to a line and column of the original source.
 */
import type { AnyNode } from "acorn";
import type { SourceLocation } from "../errors.js";
import { moduleAt } from "./position-map.js";

export class SiteTable {
  readonly locations: SourceLocation[] = [];

  add(node: AnyNode): number {
    const start = node.loc?.start;
    const module = start && moduleAt(start);
    this.locations.push(start ? { line: start.line, column: start.column + 1, ...(module ? { module } : {}) } : { line: 0, column: 0 });
    return this.locations.length - 1;
  }
}
