/**
 * Why: the host process of one dojo attempt. runner.ts starts it under Node's permission model with
 * the level number as its argument and the attempt's source on stdin. It loads the level, starts
 * watching the host, runs the attempt, and when the process exits - after the event loop is empty, so
 * timers and promises the attempt left behind have run too - writes one JSON line to stdout. An attempt
 * that escaped owns this process and could forge that line; it can only hide its own escape that way,
 * never make an attempt that stayed inside look escaped.
 */
import { readFileSync, writeSync } from "node:fs";
import { watchHost, type Outcome } from "./tripwires.js";

const source = readFileSync(0, "utf8");
const level = (await import(`./levels/level-${Number(process.argv[2])}.js`)) as { run(source: string): unknown };
const host = watchHost();
let outcome: Outcome | undefined;
process.once("exit", () => { writeSync(1, `${host.report(outcome)}\n`); });
try {
  outcome = { threw: false, value: level.run(source) };
} catch (error) {
  outcome = { threw: true, value: error };
}
