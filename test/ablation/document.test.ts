/**
 * Why: `--write` rewrites docs/ablation.md in place; it must keep the hand-written half byte for byte,
 * be stable when run twice, and refuse a document without the marker rather than drop its prose.
 */
import { describe, expect, it } from "vitest";
import { MARKER, handWritten, splice } from "../../src/ablation/document.js";
import { SetupError } from "../../src/ablation/paths.js";

describe("docs/ablation.md splicing", () => {
  const document = `# Title\n\nprose\n\n${MARKER}\n\nold table\n`;

  it("keeps everything up to the marker and replaces the rest", () => {
    expect(splice(document, "new table\n")).toBe(`# Title\n\nprose\n\n${MARKER}\n\nnew table\n`);
    expect(handWritten(splice(document, "new table\n"))).toBe(handWritten(document));
  });

  it("gives the same bytes when run again", () => {
    const once = splice(document, "new table\n");
    expect(splice(once, "new table\n")).toBe(once);
  });

  it("refuses a document without the marker", () => {
    expect(() => splice("# Title\n\nprose\n", "table\n")).toThrow(SetupError);
  });
});
