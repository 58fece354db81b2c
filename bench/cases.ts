/**
 * Why: the workloads of the benchmark, as one table: each has its source, how raw `new Function`
 * runs the same thing, and the inputs for operation i (a fresh inputs object every time).
 */
export interface BenchCase {
  readonly id: string;
  readonly source: string;
  /** Parameter names raw `new Function` receives, in order. */
  readonly params: readonly string[];
  readonly globals: Readonly<Record<string, unknown>>;
  inputs(i: number): Record<string, unknown>;
  /** Scripts: the body raw `new Function` runs (it must `return` what the script's completion value is). */
  readonly rawBody?: string;
}

const items = Array.from({ length: 100 }, (_, i) => ({ price: (i * 7) % 23, qty: 1 + (i % 5) }));

export const CASES: readonly BenchCase[] = [
  { id: "E1", source: "(a + b) * c - d / 2", params: ["a", "b", "c", "d"], globals: {}, inputs: (i) => ({ a: i, b: 2, c: 3, d: 4 }) },
  { id: "E3", source: "max(a, b, c) + abs(d)", params: ["a", "b", "c", "d"], globals: { max: Math.max, abs: Math.abs }, inputs: (i) => ({ a: i, b: 2, c: 3, d: -4 }) },
  {
    id: "E4", source: "items.filter(x => x.price > 10).map(x => x.price * x.qty).reduce((s, v) => s + v, 0)",
    params: ["items"], globals: {}, inputs: () => ({ items }),
  },
  {
    id: "S1", source: "let s = 0; for (let i = 1; i <= 10000; i++) { s += i; } s",
    rawBody: "let s = 0; for (let i = 1; i <= 10000; i++) { s += i; } return s;", params: [], globals: {}, inputs: () => ({}),
  },
  {
    id: "S2", source: "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(20)",
    rawBody: "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } return fib(20);", params: [], globals: {}, inputs: () => ({}),
  },
];
