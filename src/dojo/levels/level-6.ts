/**
 * Why: dojo level 6 - ringfence itself, every layer on: the sandbox the tutorial builds up to, run
 * exactly as a user would (`new Sandbox().evaluate(source)`).
 */
import { Sandbox } from "../../index.js";

export function run(source: string): unknown {
  return new Sandbox().evaluate(source);
}
