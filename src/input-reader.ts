/**
 * Why: reading a program's inputs is the largest cost of a short run. A loop doing `inputs[name]` with
 * a different name each time is a megamorphic keyed load; a reader specialised to the program's input
 * names does plain property loads. The reader is generated host-side from the names only, each quoted
 * with JSON.stringify, so no guest text is ever compiled in the host. If the host process forbids code
 * generation (--disallow-code-generation-from-strings), the generic loop is used instead.
 * Generating costs more than one run saves, so a program's first run uses the generic loop and the
 * specialised reader is made when it runs a second time (one-shot evaluate never pays for it).
 */
export type InputReader = (inputs: Readonly<Record<string, unknown>>) => unknown[];

export function makeInputReader(names: readonly string[]): InputReader {
  const generic: InputReader = (inputs) => names.map((name) => inputs[name]);
  let runs = 0;
  let reader = generic;
  return (inputs) => {
    if (reader === generic && ++runs === 2) reader = specialise(names);
    return reader(inputs);
  };
}

function specialise(names: readonly string[]): InputReader {
  try {
    const reads = names.map((name) => `inputs[${JSON.stringify(name)}]`).join(", ");
    return new Function("inputs", `"use strict"; return [${reads}];`) as InputReader;
  } catch {
    return (inputs) => names.map((name) => inputs[name]);
  }
}
