/**
 * Why: `npm run demo` - the shortest way to see what ringfence does. It evaluates a few snippets a user
 * might type into an app (formulas, a small script) and a few classic escape attempts, prints each
 * result or which layer stopped it, then reruns the escape attempts with the static validator
 * switched off to show the next layer holding on its own.
 */
import { Sandbox, SandboxError, SandboxAccessError, SandboxBudgetError, SandboxCopyError, SandboxGuestError, SandboxPolicyError, SandboxSyntaxError } from "../src/index.js";

interface Sample { readonly title: string; readonly source: string; readonly inputs?: Record<string, unknown> }

const benign: Sample[] = [
  { title: "a formula", source: "price * qty * (1 + rates.vat)", inputs: { price: 12.5, qty: 4 } },
  { title: "a script with a loop", source: "let total = 0;\nfor (const item of cart) total += item.price * item.qty;\ntotal", inputs: { cart: [{ price: 3, qty: 2 }, { price: 10, qty: 1 }] } },
  { title: "array methods and destructuring", source: "const [first, ...rest] = scores.toSorted((a, b) => b - a);\n({ best: first, others: rest.length, mean: scores.reduce((s, v) => s + v) / scores.length })", inputs: { scores: [7, 9, 4, 10] } },
  { title: "a host function", source: "round(max(a, b) / 3, 2)", inputs: { a: 10, b: 20 } },
];

const attacks: Sample[] = [
  { title: "constructor climb to the host", source: "({}).constructor.constructor('return process')().exit(1)" },
  { title: "the same, with the key built at run time", source: "const k = 'constr' + 'uctor';\n[][k][k]('return process')()" },
  { title: "a key object that answers differently each time (converted once: it reads `length`)", source: "let n = 0;\nconst key = { toString: () => (n++ === 0 ? 'length' : 'constructor') };\n[][key]" },
  { title: "prototype pollution", source: "Object.prototype.isAdmin = true" },
  { title: "climbing from an endowed host function", source: "const f = max['con' + 'structor'];\nf('return process')()" },
  { title: "reaching for the host", source: "require('child_process').execSync('id')" },
  { title: "an infinite loop", source: "while (true) {}" },
  { title: "swallowing the budget error", source: "for (;;) { try { while (true) {} } catch (e) {} }" },
];

/** Resource attacks: each must end as a budget error (or finish quickly), and the host carries on. */
const bombs: Sample[] = [
  { title: "string doubling", source: "let s = 'x';\nfor (;;) s += s" },
  { title: "one huge allocation", source: "'x'.repeat(2 ** 30)" },
  { title: "an exploding BigInt", source: "2n ** 10n ** 9n" },
  { title: "catastrophic backtracking (runs in linear time)", source: "/(a+)+$/.test('a'.repeat(50000) + '!')" },
  { title: "a nested quantifier V8's linear engine cannot run", source: "/(a+)+\\1/i" },
];

/** Asynchronous attacks, run with evaluateAsync: no job outlives its run. */
const asyncBombs: Sample[] = [
  { title: "an await loop", source: "for (;;) await null" },
  { title: "a promise job flood", source: "const p = Promise.resolve();\nconst f = () => { for (let i = 0; i < 50; i++) p.then(f); };\np.then(f);\nawait new Promise(() => {})" },
];

const globals = { rates: { vat: 0.2 }, max: Math.max, round: (x: number, digits: number) => Number(x.toFixed(digits)) };

function stoppedBy(error: SandboxError): string {
  if (error instanceof SandboxPolicyError) return `validator (${[...new Set(error.diagnostics.map((d) => d.ruleId))].join(", ")})`;
  if (error instanceof SandboxSyntaxError) return "parser";
  if (error instanceof SandboxAccessError) return "guards (runtime key guard)";
  if (error instanceof SandboxBudgetError) return `budget (${error.budget})`;
  if (error instanceof SandboxCopyError) return "isolation (membrane)";
  if (error instanceof SandboxGuestError) {
    if (/not extensible|read.only|frozen/.test(error.guestMessage)) return "harden/freeze (frozen object)";
    if (/is not defined/.test(error.guestMessage)) return "whitelist (the name is not bound in the sandbox)";
    return "the guest's own error";
  }
  return error.code;
}

function show(sandbox: Sandbox, sample: Sample): void {
  const started = performance.now();
  let outcome: { value: unknown } | { error: unknown };
  try {
    outcome = { value: sandbox.evaluate(sample.source, sample.inputs ?? {}) };
  } catch (error) {
    outcome = { error };
  }
  report(sample, outcome, performance.now() - started);
}

async function showAsync(sandbox: Sandbox, sample: Sample): Promise<void> {
  const started = performance.now();
  let outcome: { value: unknown } | { error: unknown };
  try {
    outcome = { value: await sandbox.evaluateAsync(sample.source, sample.inputs ?? {}) };
  } catch (error) {
    outcome = { error };
  }
  report(sample, outcome, performance.now() - started);
}

function report(sample: Sample, outcome: { value: unknown } | { error: unknown }, ms: number): void {
  console.log(`\n- ${sample.title}\n  ${sample.source.replace(/\n/g, "\n  ")}`);
  if ("value" in outcome) {
    console.log(`  => ${JSON.stringify(outcome.value)} (${Math.round(ms)} ms)`);
    return;
  }
  const error = outcome.error;
  if (!(error instanceof SandboxError)) throw error;
  console.log(`  STOPPED by ${stoppedBy(error)}: ${error.message.split("\n").slice(-1)[0]} (${Math.round(ms)} ms)`);
}

const full = new Sandbox({ globals, limits: { steps: 100_000 } });
console.log("ringfence demo: every layer on");
console.log("\n== benign code ==");
for (const sample of benign) show(full, sample);
console.log("\n== escape attempts ==");
for (const sample of attacks) show(full, sample);
console.log("\n== resource attacks (time limit 500 ms) ==");
const limited = new Sandbox({ limits: { timeoutMs: 500 } });
for (const sample of bombs) show(limited, sample);
for (const sample of asyncBombs) await showAsync(limited, sample);
const worker = new Sandbox({ runIn: "worker", limits: { memoryMb: 32, timeoutMs: 2000, steps: 1e12 } });
await showAsync(worker, { title: "a memory bomb, in a worker with a 32 MiB heap (only the worker dies)", source: "const kept = [];\nfor (;;) kept.push('x'.repeat(1000) + kept.length)" });
await worker.close();

console.log("\n== the same attempts with the validator OFF (defence in depth: the next layer holds) ==");
const process_ = globalThis.process;
process_.removeAllListeners("warning");
const noValidator = new Sandbox({ globals, limits: { steps: 100_000 }, layers: { validator: false } });
for (const sample of attacks) show(noValidator, sample);
console.log("\nThe host is untouched:", typeof (Object.prototype as Record<string, unknown>).isAdmin === "undefined" ? "Object.prototype is clean" : "POLLUTED");
