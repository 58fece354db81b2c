/**
 * Why: what the regexp taming (src/realm/tame-regexp.ts) costs per regexp call: the stack-headroom
 * probe and the admission lookup, run before every execution entry point. The same guest loop runs in
 * the sandbox and in a plain node:vm context, with a regexp call and with an ordinary function call in
 * its body; the difference of differences is the taming's cost per call. Run: npm run build && node dist/bench/regexp.js
 */
import vm from "node:vm";
import { Sandbox } from "../src/index.js";
import { keepAlive, measure } from "./measure.js";

const CALLS = 1_000;
const loop = (body: string) => `let hits = 0; const r = /b+/; const f = (s) => s.length > 1; for (let i = 0; i < ${CALLS}; i++) { if (${body}) hits++; } hits`;
const BODIES = { regexp: 'r.test("abbc")', split: '"a,b".split(/,/).length > 1', call: 'f("abbc")' } as const;

const sandbox = new Sandbox({ limits: { steps: 1e9 } });
const plain = vm.createContext();
const programs = Object.fromEntries(Object.entries(BODIES).map(([name, body]) => [name, sandbox.compile(loop(body))]));
const scripts = Object.fromEntries(Object.entries(BODIES).map(([name, body]) => [name, new vm.Script(`(() => { ${loop(body).replace(/ hits$/, " return hits;")} })()`)]));

const names = Object.keys(BODIES);
const results = measure([
  ...names.map((name) => ({ name: `ringfence ${name}`, op: () => programs[name]!.run() })),
  ...names.map((name) => ({ name: `node:vm ${name}`, op: () => scripts[name]!.runInContext(plain) })),
], 200);
const perCall = new Map(results.map((r) => [r.name, r.nsPerOp / CALLS]));
for (const [name, ns] of perCall) console.log(`${name.padEnd(20)} ${ns.toFixed(1).padStart(8)} ns per loop iteration`);
for (const name of ["regexp", "split"]) {
  const overhead = (perCall.get(`ringfence ${name}`)! - perCall.get("ringfence call")!) - (perCall.get(`node:vm ${name}`)! - perCall.get("node:vm call")!);
  console.log(`taming cost per ${name} call: ~${overhead.toFixed(0)} ns`);
}
keepAlive();
