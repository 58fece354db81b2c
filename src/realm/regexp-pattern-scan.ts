/**
 * Why: one decision, taken in two places - may this regular expression run? The static rule
 * (rules/no-unsafe-regex.ts) asks it of regex literals before anything runs, and the realm
 * (src/realm/tame-regexp.ts) asks it of every regexp before its first execution, however it was made.
 * So the scanner is one JavaScript source, compiled once in the host (for the rule) and once in each
 * realm (it must be a realm function there). It uses no regular expressions: in the realm it runs
 * during guest calls, maybe at the stack edge.
 *
 * A pattern is refused when
 * - it is longer than MAX_PATTERN_LENGTH, nests groups (and `v`-mode classes) deeper than MAX_NESTING,
 *   or has more than MAX_CAPTURES capturing groups: V8's regexp compiler recurses once per nesting
 *   level and aborts the whole process when it runs out of stack (docs/regex.md has the numbers), or
 * - V8's linear-time engine cannot run it (flags other than g m s y, lookarounds, backreferences,
 *   large counted repetition) *and* it has a nested quantifier: a repetition whose body can itself
 *   repeat, branch or back-reference - the shapes that backtrack exponentially (`(a+)+$`,
 *   `(a|a)*b`, `(.*a){25}`). Patterns the linear engine can run are left to it (V8 falls back to it
 *   on excessive backtracking; tame-regexp.ts switches that on).
 * The scan is conservative where it is unsure: it may call a pattern non-linear that V8 could run
 * linearly (then only nested quantifiers are refused), never the other way round (a test compares it
 * with V8's own answer).
 */
import vm from "node:vm";

export const MAX_PATTERN_LENGTH = 32_768;
export const MAX_NESTING = 20;
export const MAX_CAPTURES = 1_000;
/** Counted repetition above this is treated as beyond V8's linear engine (V8 11.3 takes up to 16). */
const MAX_LINEAR_COUNT = 8;

/**
 * `scan(source, flags)` -> undefined when the pattern may run, else why not (a phrase that completes
 * "the regular expression ..."). Compiled as a function body taking the limits as parameters.
 */
export const PATTERN_SCAN_SOURCE = `
const linearFlags = "gmsy", toNumber = Number, infinity = Infinity; // captured: the realm's globals go
return function scanRegExpPattern(source, flags) {
  const n = source.length;
  if (n > maxLength) return "is longer than " + maxLength + " characters";
  let linear = true;
  for (let f = 0; f < flags.length; f++) if (linearFlags.indexOf(flags[f]) < 0) linear = false;
  const unicodeSets = flags.indexOf("v") >= 0;
  // A frame per open group: does its body loop (unbounded or large repetition), branch (alternation,
  // any repetition, a backreference) or hold counted repetition?
  const frames = [];
  let frame = { loops: false, branches: false, counted: false };
  let last = undefined; // what the next quantifier would repeat, if anything
  let captures = 0, nested = undefined;
  const plainAtom = { loops: false, branches: false, counted: false };
  let i = 0;
  while (i < n) {
    const c = source[i];
    if (c === "\\\\") {
      const d = source[i + 1];
      if ((d >= "1" && d <= "9") || d === "k") {
        linear = false;
        last = { loops: false, branches: true, counted: false };
        frame.branches = true;
      } else last = plainAtom;
      i += 2;
      continue;
    }
    if (c === "[") {
      let depth = 0;
      while (i < n) {
        const k = source[i];
        if (k === "\\\\") { i += 2; continue; }
        if (k === "[" && (depth === 0 || unicodeSets)) {
          depth++;
          if (frames.length + depth > maxNesting) return "nests groups and classes deeper than " + maxNesting + " levels";
        } else if (k === "]") {
          depth--;
          if (depth === 0) break;
        }
        i++;
      }
      i++;
      last = plainAtom;
      continue;
    }
    if (c === "(") {
      if (frames.length + 1 > maxNesting) return "nests groups deeper than " + maxNesting + " levels";
      if (source[i + 1] === "?") {
        const d = source[i + 2], e = source[i + 3];
        if (d === "=" || d === "!" || (d === "<" && (e === "=" || e === "!"))) linear = false;
        else if (d === "<") captures++;
      } else captures++;
      if (captures > maxCaptures) return "has more than " + maxCaptures + " capturing groups";
      frames.push(frame);
      frame = { loops: false, branches: false, counted: false };
      last = undefined;
      i++;
      continue;
    }
    if (c === ")") {
      const inner = frame;
      frame = frames.length > 0 ? frames.pop() : { loops: false, branches: false, counted: false };
      if (inner.loops) frame.loops = true;
      if (inner.branches) frame.branches = true;
      if (inner.counted) frame.counted = true;
      last = inner;
      i++;
      continue;
    }
    if (c === "|") {
      frame.branches = true;
      last = undefined;
      i++;
      continue;
    }
    let min = -1, max = -1, end = i + 1, counted = false;
    if (c === "*") { min = 0; max = infinity; }
    else if (c === "+") { min = 1; max = infinity; }
    else if (c === "?") { min = 0; max = 1; }
    else if (c === "{") {
      let j = i + 1, a = "", b = "";
      while (j < n && source[j] >= "0" && source[j] <= "9") a += source[j++];
      let comma = false;
      if (a !== "" && source[j] === ",") {
        comma = true;
        j++;
        while (j < n && source[j] >= "0" && source[j] <= "9") b += source[j++];
      }
      if (a !== "" && source[j] === "}") {
        min = toNumber(a);
        max = comma ? (b === "" ? infinity : toNumber(b)) : min;
        end = j + 1;
        counted = true;
      }
    }
    if (min < 0) { last = plainAtom; i++; continue; }
    if (last !== undefined) {
      const unbounded = max === infinity || max > maxLinearCount;
      if (nested === undefined && ((unbounded && (last.loops || last.branches)) || (max > 1 && last.loops))) nested = i;
      if (counted && (min > maxLinearCount || (max !== infinity && max > maxLinearCount) || last.counted)) linear = false;
      if (max > 1) {
        frame.branches = true;
        if (unbounded) frame.loops = true;
        if (counted) frame.counted = true;
      }
    }
    last = undefined;
    i = end;
  }
  if (nested !== undefined && !linear) return "repeats a group that can itself repeat or branch (a nested quantifier at index " + nested + "), which can backtrack catastrophically";
  return undefined;
};
`;

export type PatternScan = (source: string, flags: string) => string | undefined;

const PARAMS = ["maxLength", "maxNesting", "maxCaptures", "maxLinearCount"] as const;
const ARGS = [MAX_PATTERN_LENGTH, MAX_NESTING, MAX_CAPTURES, MAX_LINEAR_COUNT] as const;

/** The scanner as a function of the given context (the host's when none is given). */
export function compilePatternScan(context?: vm.Context): PatternScan {
  const make = vm.compileFunction(`"use strict";\n${PATTERN_SCAN_SOURCE}`, [...PARAMS], context === undefined ? {} : { parsingContext: context });
  return make(...ARGS) as PatternScan;
}

/** The host's copy, for the static rule. */
export const scanRegExpPattern: PatternScan = compilePatternScan();
