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
}

interface AstringMapping {
  original: { line: number; column: number };
  generated: { line: number; column: number };
}

export class PositionMap {
  private readonly mappings: Mapping[] = [];

  /** The object astring's `sourceMap` option expects: only addMapping is used. */
  collector(): { addMapping(mapping: AstringMapping): void } {
    return {
      addMapping: (m) => {
        this.mappings.push({ line: m.generated.line, column: m.generated.column, originalLine: m.original.line, originalColumn: m.original.column });
      },
    };
  }

  /**
   * Generated 1-based line and 0-based column to the user's 1-based line and column. astring maps
   * only some nodes (identifiers, literals), so when nothing on the line starts at or before the
   * column, the first mapping after it on the same line is the best guess.
   */
  lookup(line: number, column: number): { line: number; column: number } | undefined {
    let best: Mapping | undefined;
    for (const m of this.mappings) {
      if (m.line < line || (m.line === line && m.column <= column)) best = m;
      else {
        if (m.line === line && (!best || best.line < line)) best = m;
        break;
      }
    }
    return best && { line: best.originalLine, column: best.originalColumn + 1 };
  }
}
