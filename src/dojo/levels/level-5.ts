/**
 * Why: dojo level 5 - runtime guards in the host's own realm. As level 4, and every computed key
 * (`o[k]`, `{ [k]: v }`, `const { [k]: v } = o`) is rewritten to `o[$key(k)]`: the guard converts the
 * key once and refuses `constructor` and `__proto__`. It shows that a guard on the syntax does not cover
 * the builtins that take keys as arguments, and that without a separate, hardened realm what they
 * reach is the host's own Function. Teaching code: run it only through the dojo runner.
 */
import { generate } from "astring";
import { HIDDEN, check, parseScript, walk } from "./level-4.js";
import { freezeAll } from "./level-3.js";
import { runInScope, whitelisted } from "./level-2.js";

const GUARD = "$key";

/** Converted exactly once, so a key cannot pass the check as one string and be used as another. */
function guardKey(value: unknown): string | symbol {
  const key = typeof value === "symbol" ? value : String(value);
  if (typeof key === "string" && HIDDEN.has(key)) throw new TypeError(`level 5 refuses the key "${key}"`);
  return key;
}

function rewrite(source: string): string {
  const program = parseScript(source);
  const guarded = (node: unknown) => ({ type: "CallExpression", optional: false, callee: { type: "Identifier", name: GUARD }, arguments: [node] });
  walk(program, (node) => {
    if (node.type === "Identifier" && node.name === GUARD) throw new Error(`level 5 refuses the name ${GUARD}`);
    if (node.type === "MemberExpression" && node.computed) node.property = guarded(node.property);
    if (node.type === "Property" && node.computed) node.key = guarded(node.key);
  });
  return generate(program);
}

export function run(source: string): unknown {
  check(source);
  return runInScope(rewrite(source), freezeAll({ ...whitelisted(), [GUARD]: guardKey }));
}
