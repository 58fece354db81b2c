/**
 * Why: generators shared by the default-suite fuzz tests and the long fuzz run. `hostileSource`
 * stitches JS tokens with the fragments sandbox escapes are made of (constructor, __proto__, escapes,
 * HTML comments, template and arrow syntax), so inputs reach past the parser into rules, rewriter and
 * guards; `benignProgram` builds small well-formed arithmetic/string/array programs from a tree, so
 * their meaning can be checked against plain JavaScript.
 */
import fc from "fast-check";

/** Tokens and fragments that sandbox escapes and parser differentials are built from. */
export const FRAGMENTS: readonly string[] = [
  // punctuation and operators
  "(", ")", "[", "]", "{", "}", ";", ",", ".", "?.", "??", "...", "=>", "=", "+", "-", "*", "**", "/", "%", "!", "~",
  "<", ">", "==", "===", "&&", "||", "?", ":", "++", "--", "+=", "??=", "#x",
  // literals and their pieces
  "0", "1", "-1", "1n", "0x1f", "1e3", ".5", "'a'", "\"b\"", "''", "`", "`${", "${", "}`", "/a/g", "\\", "\\u0063", "\\u{63}", "\\x63",
  "'\\u0063onstructor'", "\"constructor\"", "'__proto__'", "true", "null", "undefined", "NaN",
  // comments and odd whitespace
  "//", "/*", "*/", "<!--", "-->", "\n", " ", "\t", "\u2028", "\u00a0", "\ufeff",
  // keywords
  "let", "const", "var", "function", "function*", "class", "extends", "super", "new", "new.target", "this", "return", "yield",
  "async", "await", "import", "import(", "export", "if", "else", "for", "while", "do", "break", "continue", "switch", "case",
  "default", "try", "catch", "finally", "throw", "typeof", "instanceof", "in", "of", "delete", "void", "with", "debugger",
  "static", "get", "set", "label:",
  // names that lead out of sandboxes
  "constructor", "__proto__", "prototype", "caller", "callee", "arguments", "__defineGetter__", "__lookupGetter__",
  "prepareStackTrace", "captureStackTrace", "eval", "Function", "globalThis", "process", "require", "module", "Reflect",
  "Proxy", "Symbol", "Symbol.iterator", "Symbol.toPrimitive", "Object", "Object.getPrototypeOf", "Array", "Error", "Math",
  "JSON", "String", "toString", "valueOf", "$rf_key", "$rf_c", "$rf_tick", "$rf_catch", "x", "o", "xs", "f",
  // ready-made pieces
  "({})", "[].map", "(() => 1)", "function f() {}", "f()", "o[k]", "o.x", "x.y", "while (true) {}", "for (;;) {}",
  "try {} catch {}", "throw 1", "{ a: 1 }", "class A {}", "new Proxy({}, {})", "...[1, 2]",
];

export const fragment: fc.Arbitrary<string> = fc.constantFrom(...FRAGMENTS);

/** Token soup: fragments glued with optional spaces. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, fc.constantFrom("", " ", "")), { maxLength: 24 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(""));

/** Well-formed-ish hostile snippets: accesses, calls and declarations around dangerous keys. */
export const hostileSnippet: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom("({})", "[]", "(() => 1)", "''", "1", "o", "xs", "f", "Object", "this", "globalThis"), fc.constantFrom("constructor", "__proto__", "caller", "prototype", "toString", "length", "x"))
    .map(([base, key]) => `${base}[${JSON.stringify(key)}]`),
  fc.tuple(fc.constantFrom("con", "__pro", "cal", "argu"), fc.constantFrom("structor", "to__", "ler", "ments"))
    .map(([a, b]) => `const k = "${a}" + "${b}"; ({})[k]`),
  fc.constantFrom(
    "({}).constructor.constructor('return process')()",
    "const k = { toString() { return 'constructor'; } }; ({})[k]",
    "let n = 0; const k = { toString() { return n++ ? 'constructor' : 'x'; } }; ({})[k]",
    "Reflect.get(Object.getPrototypeOf(function*(){}), 'constructor')",
    "try { null.x } catch (e) { e }",
    "function f() { return f; } f",
    "new Proxy({}, {})",
    "const o = {}; o.__proto__ = null",
    "({ get x() { return 1; } })",
    "Symbol('s')",
    "(function () { 'use strict'; return this; })()",
    "[].map.call('ab', x => x)",
    "class A { static { this.x = 1; } } A",
    "for (const x of xs) x",
    "throw { toString() { return 'thrown'; } }",
    "function* g() { yield 1; } g()",
    "new WeakMap()",
    "x => x",
    "`${o}`",
  ),
);

/** Any string the fuzzers throw at the sandbox. */
export const anySource: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  tokenSoup,
  hostileSnippet,
  fc.tuple(hostileSnippet, tokenSoup).map(([a, b]) => `${a}${b}`),
  fc.tuple(tokenSoup, hostileSnippet).map(([a, b]) => `${a};${b}`),
);

/** The inputs offered alongside fuzzed sources, so free names like x and o are not all refused. */
export const FUZZ_INPUTS = Object.freeze({ x: 1, o: { a: 1, k: "a" }, xs: [1, 2, 3], k: "a" });

// ---------------------------------------------------------------------------------------------------
// Benign programs: a tree of arithmetic, strings, arrays, ternaries, template literals and map
// callbacks, printed with full parentheses so precedence is the emitter's problem, not ours.

export type Tree =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "str"; readonly v: string }
  | { readonly k: "var" }
  | { readonly k: "bin"; readonly op: string; readonly a: Tree; readonly b: Tree }
  | { readonly k: "unary"; readonly op: string; readonly a: Tree }
  | { readonly k: "tern"; readonly c: Tree; readonly a: Tree; readonly b: Tree }
  | { readonly k: "arr"; readonly items: readonly Tree[] }
  | { readonly k: "map"; readonly items: readonly Tree[]; readonly body: Tree }
  | { readonly k: "filter"; readonly items: readonly Tree[]; readonly body: Tree }
  | { readonly k: "reduce"; readonly items: readonly Tree[]; readonly init: Tree }
  | { readonly k: "method"; readonly m: string; readonly a: Tree }
  | { readonly k: "tpl"; readonly parts: readonly (readonly [string, Tree])[]; readonly tail: string };

const BINARY_OPERATORS = ["+", "-", "*", "/", "%", "<", "===", "!==", "&&", "||", "??", "**"] as const;
const UNARY_OPERATORS = ["-", "!", "typeof ", "+"] as const;
const METHODS = ["length", "String", "join", "reverse", "slice", "toUpperCase", "includes", "at", "Number"] as const;
const templateText = fc.constantFrom("", "a", " ", "x=", "\\n", "-", "$", "{", "\\`");

const num: fc.Arbitrary<Tree> = fc.oneof(
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 4 },
  { arbitrary: fc.constantFrom(0, -0, 0.1, 0.5, 1e21, 1e-7, 2 ** 53, NaN, Infinity, -Infinity), weight: 2 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
).map((v) => ({ k: "num", v }) as const);
const str: fc.Arbitrary<Tree> = fc.string({ maxLength: 6, unit: fc.constantFrom("a", "b", " ", "1", "é", "😀", "\\", "\"", "'", "`", "$", "{", "\n", "\u2028") })
  .map((v) => ({ k: "str", v }) as const);

const trees = fc.letrec<{ tree: Tree; items: Tree[] }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    num,
    str,
    fc.constant({ k: "var" } as const),
    fc.record({ k: fc.constant("bin" as const), op: fc.constantFrom(...BINARY_OPERATORS), a: tie("tree"), b: tie("tree") }),
    fc.record({ k: fc.constant("unary" as const), op: fc.constantFrom(...UNARY_OPERATORS), a: tie("tree") }),
    fc.record({ k: fc.constant("tern" as const), c: tie("tree"), a: tie("tree"), b: tie("tree") }),
    fc.record({ k: fc.constant("arr" as const), items: tie("items") }),
    fc.record({ k: fc.constant("map" as const), items: tie("items"), body: tie("tree") }),
    fc.record({ k: fc.constant("filter" as const), items: tie("items"), body: tie("tree") }),
    fc.record({ k: fc.constant("reduce" as const), items: tie("items"), init: tie("tree") }),
    fc.record({ k: fc.constant("method" as const), m: fc.constantFrom(...METHODS), a: tie("tree") }),
    fc.record({ k: fc.constant("tpl" as const), parts: fc.array(fc.tuple(templateText, tie("tree")), { maxLength: 3 }), tail: templateText }),
  ) as fc.Arbitrary<Tree>,
  items: fc.array(tie("tree") as fc.Arbitrary<Tree>, { maxLength: 4 }),
}));

export const benignTree: fc.Arbitrary<Tree> = trees.tree;

/** Prints a tree as a fully parenthesised expression. `scope` holds the callback parameters in reach. */
export function print(tree: Tree, scope: readonly string[] = []): string {
  const p = (t: Tree) => print(t, scope);
  const list = (items: readonly Tree[]) => `[${items.map(p).join(", ")}]`;
  const callback = (params: string, body: Tree, names: readonly string[]) => `(${params}) => ${print(body, [...scope, ...names])}`;
  const fresh = `x${scope.length}`;
  switch (tree.k) {
    case "num": return Object.is(tree.v, -0) ? "(-0)" : Number.isNaN(tree.v) ? "NaN" : tree.v < 0 ? `(${tree.v})` : String(tree.v);
    case "str": return JSON.stringify(tree.v);
    case "var": return scope.length > 0 ? scope[scope.length - 1]! : "0";
    case "bin": return tree.op === "**" ? `((${p(tree.a)}) ** ${p(tree.b)})` : `(${p(tree.a)} ${tree.op} ${p(tree.b)})`;
    case "unary": return `(${tree.op}${p(tree.a)})`;
    case "tern": return `(${p(tree.c)} ? ${p(tree.a)} : ${p(tree.b)})`;
    case "arr": return list(tree.items);
    case "map": return `${list(tree.items)}.map(${callback(fresh, tree.body, [fresh])})`;
    case "filter": return `${list(tree.items)}.filter(${callback(fresh, tree.body, [fresh])})`;
    case "reduce": return `${list(tree.items)}.reduce((acc, ${fresh}) => (acc + ${fresh}), ${p(tree.init)})`;
    case "method":
      switch (tree.m) {
        case "length": return `(${p(tree.a)}).length`;
        case "String": return `String(${p(tree.a)})`;
        case "Number": return `Number(${p(tree.a)})`;
        case "join": return `[${p(tree.a)}, ${p(tree.a)}].join("-")`;
        case "reverse": return `[${p(tree.a)}, 1].reverse()`;
        case "slice": return `String(${p(tree.a)}).slice(1, -1)`;
        case "toUpperCase": return `String(${p(tree.a)}).toUpperCase()`;
        case "includes": return `String(${p(tree.a)}).includes("a")`;
        case "at": return `[${p(tree.a)}, 2, 3].at(-1)`;
        default: throw new Error(`unknown method ${tree.m}`);
      }
    case "tpl": return `\`${tree.parts.map(([text, t]) => `${text}\${${p(t)}}`).join("")}${tree.tail}\``;
  }
}

/** A benign program, and the mode to run it in. */
export const benignProgram: fc.Arbitrary<{ source: string; mode: "script" | "expression" }> = fc.record({
  source: benignTree.map((t) => print(t)),
  mode: fc.constantFrom("script" as const, "expression" as const),
});
