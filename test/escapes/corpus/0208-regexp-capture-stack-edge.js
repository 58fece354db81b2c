// vector:  unwinds from a stack overflow and, at each of the 200 deepest levels, compiles fresh regexps with a capturing group through several execution entry points, to hit the window where V8's regexp compiler aborts the process
// origin:  0206; V8 "RegExpCompiler Allocation failed - process out of memory" when a capturing group is compiled near the stack limit (aborts plain node and node:vm)
// expect:  blocked
// layers:  none
// family:  resource-edge
// hazard:  aborts-process
// note:    plain node:vm aborts on this; inside the sandbox the rewritten code's frames happen to skip the abort window today whatever the layers, and tame-regexp.ts (harden) makes that a guarantee: every regexp entry point first proves 16 KiB of stack headroom, else the guest gets a catchable RangeError
let n = 0;
function dive() {
  try { dive(); } catch (e) { /* stack exhausted */ }
  n++;
  if (n > 200) return; // the abort window is near the edge
  try { new RegExp("(a|b)*c" + n).exec("ab"); } catch (e) { /* no stack */ }
  try { "ab".match("(x|b)*c" + n); } catch (e) { /* no stack */ }
  try { /(a|b)*c/.test("ab"); } catch (e) { /* no stack */ }
  try { "ab".search("(x|b)*c" + n); } catch (e) { /* no stack */ }
  try { "ab".replace(new RegExp("(a|b)*c" + n, "g"), ""); } catch (e) { /* no stack */ }
  try { "ab".split(new RegExp("(a|b)*c" + n)); } catch (e) { /* no stack */ }
}
dive();
"survived";
