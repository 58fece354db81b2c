/**
 * Why: the speed claim, measured. For each workload, ringfence against raw `new Function` in the same
 * process: HOT (compile once, run with fresh inputs each time) and COLD (compile and run, with a
 * different source each time so no cache helps). Prints ns/op and the ratio raw/ringfence (1.0 means
 * as fast as raw; higher is better), and the targets from the issue. ASYNC rows are awaited
 * asynchronous runs (one of them awaits an async host function); WORKER is the round trip of one
 * awaited run in a worker thread (runIn: "worker"). Run: npm run bench
 */
import { Sandbox } from "../src/index.js";
import { CASES, type BenchCase } from "./cases.js";
import { keepAlive, measure, measureAsync } from "./measure.js";

// S1 and S2 measure the cost of metering (a step per loop iteration, a step per call).
const TARGETS: Record<string, number> = { "HOT E1": 0.1, "HOT E3": 0.1, "HOT S1": 0.3, "HOT S2": 0.3, "COLD E1": 0.3 };

interface Row { readonly label: string; readonly raw: number; readonly ringfence: number }

/** One raw `new Function` taking the same inputs object ringfence gets, endowments as leading parameters. */
function rawFunction(c: BenchCase, source: string): (inputs: Record<string, unknown>) => unknown {
  const body = c.rawBody ?? `return ${source};`;
  const fn = new Function(...Object.keys(c.globals), `{ ${c.params.join(", ")} }`, body) as (...args: unknown[]) => unknown;
  const globals = Object.values(c.globals);
  return globals.length === 0 ? (fn as (inputs: Record<string, unknown>) => unknown) : (inputs) => fn(...globals, inputs);
}

function hot(c: BenchCase): Row {
  const raw = rawFunction(c, c.source);
  const program = new Sandbox({ globals: c.globals }).compile(c.source);
  const ops = c.rawBody ? 200 : c.id === "E4" ? 5_000 : 200_000;
  const [r, s] = measure([
    { name: "raw", op: (i) => raw(c.inputs(i)) },
    { name: "ringfence", op: (i) => program.run(c.inputs(i)) },
  ], ops);
  return { label: `HOT ${c.id}`, raw: r!.nsPerOp, ringfence: s!.nsPerOp };
}

function cold(c: BenchCase): Row {
  const sandbox = new Sandbox({ globals: c.globals });
  const variant = (i: number) => `${c.source} + ${i} * 0`;
  const [r, s] = measure([
    { name: "raw", op: (i) => rawFunction(c, variant(i))(c.inputs(i)) },
    { name: "ringfence", op: (i) => sandbox.evaluate(variant(i + 1e6), c.inputs(i)) },
  ], 2_000, 5);
  return { label: `COLD ${c.id}`, raw: r!.nsPerOp, ringfence: s!.nsPerOp };
}

/** A run in a worker thread (runIn: "worker"), awaited: the round trip, with the program cached in the worker. */
async function worker(c: BenchCase): Promise<Row> {
  const raw = rawFunction(c, c.source);
  const [r] = measure([{ name: "raw", op: (i) => raw(c.inputs(i)) }], 200_000);
  const sandbox = new Sandbox({ runIn: "worker", globals: c.globals });
  try {
    return { label: `WORKER ${c.id}`, raw: r!.nsPerOp, ringfence: await measureAsync((i) => sandbox.evaluateAsync(c.source, c.inputs(i)), 2_000) };
  } finally {
    await sandbox.close();
  }
}

/**
 * Awaited asynchronous runs against a raw async function over the same inputs: ASYNC E1 is the cost of
 * an asynchronous run itself; ASYNC H1 awaits an async host function once (the host promise settles at
 * once), so its difference from ASYNC E1 is what one await of a host function costs.
 */
async function asyncRuns(): Promise<Row[]> {
  const rate = async (x: number) => x * 2;
  const cases = [
    { label: "ASYNC E1", source: "(a + b) * c - d / 2", raw: async (x: { a: number; b: number; c: number; d: number }) => (x.a + x.b) * x.c - x.d / 2 },
    { label: "ASYNC H1", source: "(await rate(a)) * b", raw: async (x: { a: number; b: number }) => (await rate(x.a)) * x.b },
  ];
  const sandbox = new Sandbox({ globals: { rate } });
  const rows: Row[] = [];
  for (const c of cases) {
    const program = sandbox.compile(c.source, { async: true });
    const inputs = (i: number) => ({ a: i, b: 2, c: 3, d: 4 });
    rows.push({ label: c.label, raw: await measureAsync((i) => c.raw(inputs(i)), 20_000), ringfence: await measureAsync((i) => program.runAsync(inputs(i)), 2_000) });
  }
  return rows;
}

const rows: Row[] = [];
for (const c of CASES) rows.push(hot(c));
for (const c of CASES.filter((c) => !c.rawBody)) rows.push(cold(c));
rows.push(...await asyncRuns());
rows.push(await worker(CASES.find((c) => c.id === "E1")!));

console.log("case       raw ns/op   ringfence ns/op   ratio (raw/ringfence)   target");
for (const row of rows) {
  const ratio = row.raw / row.ringfence;
  const target = TARGETS[row.label];
  const verdict = target === undefined ? "(report)" : `${target}x ${ratio >= target ? "met" : "MISSED"}`;
  console.log(`${row.label.padEnd(10)} ${row.raw.toFixed(0).padStart(10)}   ${row.ringfence.toFixed(0).padStart(15)}   ${(ratio < 0.001 ? ratio.toExponential(1) : ratio.toFixed(3)).padStart(21)}   ${verdict}`);
}
keepAlive();
