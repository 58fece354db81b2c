/**
 * Why: maps a line and column in the generated code back to the user's source. astring reports a
 * mapping for every node that carries a location; we keep them in generation order (which is
 * position order) and look up the last mapping at or before a position.
 */
interface Mapping {
  readonly line: number;
  readonly column: number;
  readonly originalLine: number;
  readonly originalColumn: number;
  /** The guest module the position is in (module mode); absent for the program itself. */
  readonly module: string | undefined;
}

interface AstringMapping {
  original: { line: number; column: number };
  generated: { line: number; column: number };
}

/**
 * astring hands over a node's `loc.start` object, not its `loc.source`; so the starts of a guest
 * module's nodes are tagged with the module's name before emitting (module mode).
 */
const modulePositions = new WeakMap<object, string>();

export function tagModulePosition(start: object, module: string): void {
  modulePositions.set(start, module);
}

/** The guest module a node starting at `start` is in; undefined for the program itself. */
export function moduleAt(start: object): string | undefined {
  return modulePositions.get(start);
}

export class PositionMap {
  private readonly mappings: Mapping[] = [];

  /** The object astring's `sourceMap` option expects: only addMapping is used. */
  collector(): { addMapping(mapping: AstringMapping): void } {
    return {
      addMapping: (m) => {
        this.mappings.push({ line: m.generated.line, column: m.generated.column, originalLine: m.original.line, originalColumn: m.original.column, module: moduleAt(m.original) });
      },
    };
  }

  /**
   * Generated 1-based line and 0-based column to the user's 1-based line and column. astring maps
   * only some nodes (identifiers, literals), so when nothing on the line starts at or before the
   * column, the first mapping after it on the same line is the best guess.
   */
  lookup(line: number, column: number): { line: number; column: number; module?: string } | undefined {
    let best: Mapping | undefined;
    for (const m of this.mappings) {
      if (m.line < line || (m.line === line && m.column <= column)) best = m;
      else {
        if (m.line === line && (!best || best.line < line)) best = m;
        break;
      }
    }
    return best && { line: best.originalLine, column: best.originalColumn + 1, ...(best.module ? { module: best.module } : {}) };
  }
}
