/**
 * Why: the matrix test trusts secondLineLayers to find the explanations in docs/ablation.md; a parser
 * that found nothing, or found headings without text, would make that check pass or fail for the
 * wrong reason.
 */
import { describe, expect, it } from "vitest";
import { secondLineLayers } from "./second-line.js";

const text = (n: number) => "word ".repeat(n);

describe("secondLineLayers", () => {
  it("lists the layers with an explanation under ## Second-line layers", () => {
    const doc = `# T\n\n## Second-line layers\n\nintro\n\n### validator\n\n${text(60)}\n\n### guards\n\n${text(60)}\n\n## Next\n\n### freeze\n\n${text(60)}\n`;
    expect(secondLineLayers(doc)).toEqual(["validator", "guards"]);
  });

  it("ignores headings without a real explanation, and names that are not layers", () => {
    const doc = `## Second-line layers\n\n### validator\n\nshort\n\n### speed\n\n${text(60)}\n\n### harden\n\n${text(60)}\n<!-- marker -->`;
    expect(secondLineLayers(doc)).toEqual(["harden"]);
  });

  it("finds nothing without the section", () => {
    expect(secondLineLayers(`# T\n\n### validator\n\n${text(60)}\n`)).toEqual([]);
  });
});
