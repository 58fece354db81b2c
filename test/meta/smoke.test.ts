import { describe, expect, it } from "vitest";
import { Sandbox, evaluate } from "../../src/index.js";

describe("the README quick start", () => {
  it("evaluates a script with inputs", () => {
    expect(new Sandbox().evaluate("let t = 0; for (const x of xs) t += x; t", { xs: [1, 2, 3] })).toBe(6);
  });
  it("compiles once and runs many times", () => {
    const program = new Sandbox().compile("price * qty");
    expect(program.inputNames).toEqual(["price", "qty"]);
    expect(program.run({ price: 2, qty: 3 })).toBe(6);
    expect(program.run({ price: 5, qty: 3 })).toBe(15);
  });
  it("evaluates one-shot", () => {
    expect(evaluate("1 + 2")).toBe(3);
  });
});
