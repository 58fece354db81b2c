/**
 * Why: dojo level 1 - a keyword blacklist. The source text is refused when it contains a word that
 * leads to the host; otherwise it runs as in level 0. It shows that a check on the text says nothing
 * about the names the program builds while it runs. Teaching code: run it only through the dojo runner.
 */
import { run as runLevel0 } from "./level-0.js";

/** The words a careful author would list; matched anywhere in the text, strings and comments too. */
const FORBIDDEN = /\b(process|require|module|global|globalThis|eval|Function|constructor|import)\b/;

export function run(source: string): unknown {
  const word = FORBIDDEN.exec(source);
  if (word) throw new Error(`level 1 refuses the word "${word[1]}"`);
  return runLevel0(source);
}
