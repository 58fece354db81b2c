/**
 * Why: corpus files name the host values they attack (`// globals: hostFn data`, `// inputs: input`);
 * this is the fixed catalog those names map to. Every value is made fresh for each attempt, so an
 * attempt that mutates one (possible when the isolation layer is off) cannot disturb the next, and
 * the snapshot taken before the attempt shows what it changed. Host function sources carry a marker
 * string: seeing it in a result means the guest read host source text.
 */

/** Appears only inside host function sources; a result or error that contains it leaked host source. */
export const HOST_SECRET = "rf-host-secret";

type Maker = () => unknown;

const GLOBALS: Readonly<Record<string, Maker>> = {
  /** An ordinary (strict, module) host function: returns its argument. */
  hostFn: () => function hostFn(x: unknown) { /* rf-host-secret */ return x; },
  /** A host function that throws a host TypeError. */
  hostThrow: () => function hostThrow() { /* rf-host-secret */ throw new TypeError("the host refuses"); },
  /** A sloppy-mode host function (as made by `new Function`) that calls its argument back. */
  hostSloppy: () => new Function("cb", "/* rf-host-secret */ return typeof cb === 'function' ? cb(1, 'two') : cb"),
  /** A host function that does host work (JSON.stringify) over what it is given. */
  hostJson: () => function hostJson(x: unknown) { /* rf-host-secret */ return JSON.stringify(x); },
  /** An async host function: it returns a host Promise. */
  hostAsync: () => async function hostAsync() { /* rf-host-secret */ return 1; },
  /** A host object with a method, an accessor and nested data. */
  hostObj: () => ({
    greet(name: unknown) { /* rf-host-secret */ return `hi ${String(name)}`; },
    get secret() { /* rf-host-secret */ return "shh"; },
    nested: { list: [1, 2, 3] },
  }),
  /** A host function returning a fresh host object each call. */
  hostMake: () => function hostMake() { /* rf-host-secret */ return { made: [1, 2], at: new Date(0), note: "fresh" }; },
};

const INPUTS: Readonly<Record<string, Maker>> = {
  input: () => ({
    list: [1, 2, 3],
    text: "abc",
    when: new Date(0),
    re: /ab+c/g,
    err: new RangeError("from the host"),
    map: new Map<string, unknown>([["k", { v: 1 }]]),
    nested: { deep: { leaf: true } },
    get lazy() { /* rf-host-secret */ return "lazy"; },
  }),
};

export const GLOBAL_NAMES: readonly string[] = Object.keys(GLOBALS);
export const INPUT_NAMES: readonly string[] = Object.keys(INPUTS);

function make(table: Readonly<Record<string, Maker>>, names: readonly string[]): Record<string, unknown> {
  const made: Record<string, unknown> = {};
  for (const name of names) {
    const maker = table[name];
    if (!maker) throw new Error(`no catalog entry ${JSON.stringify(name)}; known: ${Object.keys(table).join(", ")}`);
    made[name] = maker();
  }
  return made;
}

export function makeGlobals(names: readonly string[]): Record<string, unknown> {
  return make(GLOBALS, names);
}

export function makeInputs(names: readonly string[]): Record<string, unknown> {
  return make(INPUTS, names);
}
