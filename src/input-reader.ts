/**
 * Why: reading a program's inputs is the largest cost of a short run. A loop doing `inputs[name]` with
 * a different name each time is a megamorphic keyed load; a reader specialised to the program's input
 * names does plain property loads. The reader is generated host-side from the names only, each quoted
 * with JSON.stringify, so no guest text is ever compiled in the host. If the host process forbids code
 * generation (--disallow-code-generation-from-strings), the generic loop is used instead.
 * Generating costs more than one run saves, so a program's first run uses the generic loop and the
 * specialised reader is made when it runs a second time (one-shot evaluate never pays for it).
 *
 * Only own properties count: a missing input must not be read from Object.prototype (an input named
 * `constructor` would otherwise receive the host's Object). Names Object.prototype has are read only
 * when own; any other name is read plainly, and an `undefined` is checked for ownership afterwards
 * (a missing input reads as MISSING either way).
 */
export const MISSING: unique symbol = Symbol("missing input");

export type InputReader = (inputs: Readonly<Record<string, unknown>>) => unknown[];

const hasOwn = Object.hasOwn;

/** Reads one input with own-property semantics. */
function readOwn(inputs: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in Object.prototype) return hasOwn(inputs, name) ? inputs[name] : MISSING;
  const value = inputs[name];
  return value === undefined && !hasOwn(inputs, name) ? MISSING : value;
}

export function makeInputReader(names: readonly string[]): InputReader {
  const generic: InputReader = (inputs) => names.map((name) => readOwn(inputs, name));
  let runs = 0;
  let reader = generic;
  return (inputs) => {
    if (reader === generic && ++runs === 2) reader = specialise(names, generic);
    return reader(inputs);
  };
}

function specialise(names: readonly string[], generic: InputReader): InputReader {
  try {
    const reads = names.map((name) => {
      const key = JSON.stringify(name);
      return name in Object.prototype ? `hasOwn(inputs, ${key}) ? inputs[${key}] : missing` : `checked(inputs[${key}], inputs, ${key})`;
    }).join(", ");
    const checked = (value: unknown, inputs: object, name: string) => (value === undefined && !hasOwn(inputs, name) ? MISSING : value);
    const make = new Function("hasOwn", "missing", "checked", `"use strict"; return (inputs) => [${reads}];`) as (h: typeof hasOwn, m: symbol, c: typeof checked) => InputReader;
    return make(hasOwn, MISSING, checked);
  } catch {
    return generic;
  }
}
