/**
 * Why: a file's family decides which row of the matrix it counts in; the header must win over the
 * name, the keywords must place the corpus's spellings in the right family, and an unknown name must
 * land in "other", where it shows, never in a wrong family.
 */
import { describe, expect, it } from "vitest";
import { FALLBACK_FAMILY, familyOf } from "../../src/ablation/families.js";

const file = (name: string, family?: string) => ({ name, family });

describe("familyOf", () => {
  it("takes the // family: header first", () => {
    expect(familyOf(file("0099-proto-static-input.js", "wasm-tricks"))).toBe("wasm-tricks");
  });

  it("places a file by the keywords in its name, the specific idea before the generic climb", () => {
    expect(familyOf(file("0021-proto-static-input.js"))).toBe("proto-pollution");
    expect(familyOf(file("0061-generator-prototype-next.js"))).toBe("cross-run-state");
    expect(familyOf(file("0067-host-function-prototype-object.js"))).toBe("constructor-climb");
    expect(familyOf(file("0013-reflect-get-static-key.js"))).toBe("proxy-reflect");
    expect(familyOf(file("0063-template-literal-key.js"))).toBe("key-coercion");
    expect(familyOf(file("0043-stack-overflow-host-error.js"))).toBe("errors-stacks");
  });

  it(`falls back to "${FALLBACK_FAMILY}"`, () => {
    expect(familyOf(file("0100-wasm-memory-grow.js"))).toBe(FALLBACK_FAMILY);
  });
});
