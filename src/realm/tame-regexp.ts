/**
 * Why: a regular expression is the one piece of guest-chosen code that runs natively, outside the step
 * and time budget, so it is tamed at the only places V8 compiles and runs one - its execution entry
 * points (RegExp.prototype.exec, test, @@match, @@matchAll, @@replace, @@search, @@split; the String
 * methods reach these through property lookup, and so do regexps String.prototype.match/matchAll/search
 * create from strings). Each entry point, before the original runs:
 * 1. checks stack headroom: V8 compiles a regexp lazily at execution (and recompiles it on tier-up or
 *    for another string width), and compiling one near the stack limit aborts the whole process
 *    ("RegExpCompiler Allocation failed"). A recursion that needs STACK_HEADROOM_BYTES throws the
 *    guest an ordinary, catchable RangeError instead;
 * 2. admits the regexp once (a WeakSet): the pattern scanner (regexp-pattern-scan.ts) refuses patterns
 *    nested too deep for the compiler and nested quantifiers V8 cannot run in linear time, with a
 *    realm SyntaxError. A regexp's source and flags never change (`compile` is removed), so once is
 *    enough.
 * And V8 is told, process-wide, to fall back to its linear-time engine when a regexp backtracks
 * excessively: that bounds every pattern the linear engine can run (docs/regex.md).
 */
import v8 from "node:v8";
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import { compilePatternScan } from "./regexp-pattern-scan.js";

/**
 * Stack the probe needs before a regexp may run. V8 11.3 needs about 6 KiB to compile a pattern
 * nested as deep as the scanner allows (MAX_NESTING); this is that with a wide margin (docs/regex.md).
 */
export const STACK_HEADROOM_BYTES = 16 * 1024;
/** Arguments per probe frame: each frame holds at least (PROBE_ARGS + 7) * 8 bytes in every tier. */
const PROBE_ARGS = 32;
const PROBE_FRAMES = Math.ceil(STACK_HEADROOM_BYTES / ((PROBE_ARGS + 7) * 8)) + 1;

const ENTRY_POINTS = ["exec", "test", "@@match", "@@matchAll", "@@replace", "@@search", "@@split"] as const;

let linearFallback = false;

/** Process-wide: V8 reruns a regexp in its linear-time engine once it backtracks too much. */
function enableLinearFallback(): void {
  if (linearFallback) return;
  v8.setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
  linearFallback = true;
}

export function tameRegExp(context: vm.Context, touched: (name: string) => void): void {
  enableLinearFallback();
  const scan = compilePatternScan(context);
  const zeros = Array.from({ length: PROBE_ARGS }, () => "0").join(", ");
  const params = Array.from({ length: PROBE_ARGS }, (_, i) => `a${i}`).join(", ");
  realmFunction<void>(context, `
    const RealmSyntaxError = SyntaxError, proto = RegExp.prototype, admitted = new WeakSet();
    const apply = Reflect.apply, getDescriptor = Object.getOwnPropertyDescriptor, defineProperty = Object.defineProperty;
    const sourceOf = getDescriptor(proto, "source").get;
    const has = WeakSet.prototype.has, add = WeakSet.prototype.add;
    const flagGetters = ["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"]
      .map((name) => getDescriptor(proto, name).get);
    const flagLetters = "dgimsuvy";
    // Recursion is never inlined into itself, so every level is a real frame holding its arguments.
    const probe = function probe(n, ${params}) { if (n > 0) probe(n - 1, ${zeros}); };
    // The flags from the internal slot: a regexp's own "global" property cannot lie to the scanner.
    const flagsFrom = (re) => {
      let flags = "";
      for (let i = 0; i < flagGetters.length; i++) if (apply(flagGetters[i], re, [])) flags += flagLetters[i];
      return flags;
    };
    const admit = (re) => {
      if (apply(has, admitted, [re])) return;
      let source;
      try { source = apply(sourceOf, re, []); } catch { return; } // not a regexp: the original decides
      if (re === proto) return;
      const flags = flagsFrom(re);
      const refusal = scan(source, flags);
      if (refusal !== undefined) {
        touched("RegExp");
        const shown = source.length > 60 ? source.slice(0, 60) + "..." : source;
        throw new RealmSyntaxError("Invalid regular expression: /" + shown + "/" + flags + ": ringfence refuses it: it " + refusal);
      }
      apply(add, admitted, [re]);
    };
    for (const name of entryPoints) {
      const key = name.startsWith("@@") ? Symbol[name.slice(2)] : name;
      const original = proto[key];
      const tamed = {
        [original.name](...args) {
          probe(${PROBE_FRAMES}, ${zeros});
          admit(this);
          return apply(original, this, args);
        },
      }[original.name];
      defineProperty(tamed, "length", { value: original.length });
      defineProperty(proto, key, { value: tamed });
    }
  `, ["scan", "entryPoints", "touched"], scan, ENTRY_POINTS, touched);
}
