/**
 * Why: one call of these String methods can build a string far longer than its inputs
 * (`"x".repeat(2 ** 28)`, `"".padEnd(2 ** 29)`, `s.replaceAll("", "$'")`), and V8 allocates the
 * whole flat string before anything else runs. Each wrapper converts its receiver and arguments
 * exactly once, in the spec's order, works out the length the call would produce, stops the run over
 * limits.maxStringLength, and otherwise hands the converted primitives to the original (converting a
 * primitive again is unobservable). A receiver of null or undefined goes straight to the original, so
 * its TypeError is the engine's own. RegExp search values take the regular expression's own
 * Symbol.replace path, which is not tamed here.
 */
import type vm from "node:vm";
import { realmFunction } from "./realm-function.js";
import type { CapKit } from "../guards/size-guards.js";

export function tameStringAllocation(context: vm.Context, kit: CapKit): void {
  realmFunction(context, `
    const { overCap, isObject, toIntegerOrInfinity, toLength, install, maxString, maxArray } = kit;
    const apply = Reflect.apply, max = Math.max, RealmTypeError = TypeError, toObject = Object, INFINITY = Infinity;
    const SymbolReplace = Symbol.replace, SymbolMatch = Symbol.match;
    const proto = String.prototype;
    const regExpGlobal = Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get;
    const original = { repeat: proto.repeat, padStart: proto.padStart, padEnd: proto.padEnd, concat: proto.concat, replace: proto.replace, replaceAll: proto.replaceAll, normalize: proto.normalize };
    const stop = (name) => overCap("maxStringLength", "String.prototype." + name, -1);

    function pad(name, receiver, maxLength, fillString) {
      if (receiver === undefined || receiver === null) return apply(original[name], receiver, [maxLength, fillString]);
      const string = \`\${receiver}\`;
      const length = toLength(maxLength);
      if (length <= string.length) return string;
      const filler = fillString === undefined ? undefined : \`\${fillString}\`;
      if (filler === "") return string;
      if (length > maxString) stop(name);
      return apply(original[name], string, [length, filler]);
    }

    // IsRegExp: Symbol.match decides; without one, the [[RegExpMatcher]] slot does (the global getter
    // throws without it, and answers undefined for RegExp.prototype, which has none).
    function isRegExp(value) {
      if (!isObject(value)) return false;
      const matcher = value[SymbolMatch];
      if (matcher !== undefined) return !!matcher;
      try { return apply(regExpGlobal, value, []) !== undefined; } catch { return false; }
    }

    /** Length counts of a replacement template for a string search (no captures): $$ $& $\` $' and the rest. */
    function templateCounts(template) {
      let literal = 0, match = 0, before = 0, after = 0;
      for (let i = 0; i < template.length; i++) {
        const next = template[i] === "$" ? template[i + 1] : undefined;
        if (next === "$") { literal++; i++; }
        else if (next === "&") { match++; i++; }
        else if (next === "\`") { before++; i++; }
        else if (next === "'") { after++; i++; }
        else literal++;
      }
      return { literal, match, before, after };
    }

    /** A replacer function whose results are counted: base is the result's length without them. */
    function countedReplacer(name, replacer, base, searchLength) {
      let total = base;
      return function (matched, position, string) {
        const replacement = \`\${apply(replacer, undefined, [matched, position, string])}\`;
        total += replacement.length - searchLength;
        if (total > maxString) stop(name);
        return replacement;
      };
    }

    function replaceString(name, receiver, searchValue, replaceValue, all) {
      if (receiver === undefined || receiver === null) return apply(original[name], receiver, [searchValue, replaceValue]);
      if (searchValue !== undefined && searchValue !== null) {
        if (all && isRegExp(searchValue)) {
          const flags = searchValue.flags;
          if (flags === undefined || flags === null || !\`\${flags}\`.includes("g")) throw new RealmTypeError("String.prototype.replaceAll called with a non-global RegExp argument");
        }
        const replacer = searchValue[SymbolReplace];
        if (replacer !== undefined && replacer !== null) {
          if (typeof replacer !== "function") return apply(original[name], receiver, [searchValue, replaceValue]);
          return apply(replacer, searchValue, [receiver, replaceValue]);
        }
      }
      const string = \`\${receiver}\`, search = \`\${searchValue}\`;
      const functional = typeof replaceValue === "function";
      const template = functional ? undefined : \`\${replaceValue}\`;
      const first = string.indexOf(search);
      if (first === -1) return string;
      const m = search.length;
      if (functional) return apply(original[name], string, [search, countedReplacer(name, replaceValue, string.length, m)]);
      const counts = templateCounts(template);
      const grow = (p) => counts.literal + counts.match * m + counts.before * p + counts.after * max(string.length - p - m, 0) - m;
      let total = string.length;
      if (!all) total += grow(first);
      else if (counts.before === 0 && counts.after === 0) total += grow(0) * (grow(0) <= 0 ? 0 : countMatches(string, search, first));
      else for (let p = first; p !== -1; p = string.indexOf(search, p + max(m, 1))) if ((total += grow(p)) > maxString) break;
      if (total > maxString) stop(name);
      return apply(original[name], string, [search, template]);
    }

    function countMatches(string, search, first) {
      const step = max(search.length, 1);
      if (search.length === 0) return string.length + 1;
      let count = 0;
      for (let p = first; p !== -1; p = string.indexOf(search, p + step)) count++;
      return count;
    }

    install(proto, "repeat", { repeat(count) {
      if (this === undefined || this === null) return apply(original.repeat, this, [count]);
      const string = \`\${this}\`;
      const n = toIntegerOrInfinity(count);
      if (n > 0 && n !== INFINITY && string.length * n > maxString) stop("repeat");
      return apply(original.repeat, string, [n]);
    } }.repeat);
    install(proto, "padStart", { padStart(maxLength, fillString = undefined) { return pad("padStart", this, maxLength, fillString); } }.padStart);
    install(proto, "padEnd", { padEnd(maxLength, fillString = undefined) { return pad("padEnd", this, maxLength, fillString); } }.padEnd);
    install(proto, "concat", { concat(...parts) {
      if (this === undefined || this === null) return apply(original.concat, this, parts);
      const string = \`\${this}\`;
      let total = string.length;
      for (let i = 0; i < parts.length; i++) {
        const part = \`\${parts[i]}\`;
        parts[i] = part;
        total += part.length;
      }
      if (total > maxString) stop("concat");
      return apply(original.concat, string, parts);
    } }.concat);
    install(proto, "replace", { replace(searchValue, replaceValue) { return replaceString("replace", this, searchValue, replaceValue, false); } }.replace);
    install(proto, "replaceAll", { replaceAll(searchValue, replaceValue) { return replaceString("replaceAll", this, searchValue, replaceValue, true); } }.replaceAll);
    // Normalization expands a code unit into at most 3 (NFC, NFD) or 18 (NFKC, NFKD) code units: a
    // string that could pass the cap that way is refused without normalizing it.
    install(proto, "normalize", { normalize(form = undefined) {
      if (this === undefined || this === null) return apply(original.normalize, this, [form]);
      const string = \`\${this}\`;
      const f = form === undefined ? "NFC" : \`\${form}\`;
      const expansion = f === "NFKC" || f === "NFKD" ? 18 : f === "NFC" || f === "NFD" ? 3 : 0;
      if (string.length * expansion > maxString) stop("normalize");
      return apply(original.normalize, string, [f]);
    } }.normalize);

    const raw = String.raw;
    install(String, "raw", { raw(template, ...substitutions) {
      if (template === undefined || template === null) return apply(raw, this, [template, ...substitutions]);
      const rawValue = toObject(template).raw;
      if (rawValue === undefined || rawValue === null) return apply(raw, this, [template, ...substitutions]);
      const literals = toObject(rawValue);
      const count = toLength(literals.length);
      if (count > maxArray) overCap("maxArrayLength", "String.raw", -1);
      let result = "";
      for (let i = 0; i < count; i++) {
        result += \`\${literals[i]}\`;
        if (i + 1 < count && i < substitutions.length) result += \`\${substitutions[i]}\`;
        if (result.length > maxString) overCap("maxStringLength", "String.raw", -1);
      }
      return result;
    } }.raw);
  `, ["kit"], kit);
}
