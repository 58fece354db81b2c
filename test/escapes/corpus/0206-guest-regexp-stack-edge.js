// vector:  compiles and runs fresh regular expressions at every depth while unwinding from a stack overflow, to make V8 compile a RegExp with no stack left
// origin:  0075 (V8 aborted the process compiling a RegExp at the stack edge); vm2 ATTACKS.md resource exhaustion
// expect:  blocked
// layers:  none
// family:  resource-edge
// hazard:  aborts-process
// note:    does not abort today, but only by luck: its pattern `(a|b0)+c` compiles near the stack edge without reaching the window where V8 aborts (plain node:vm does abort on a capturing group such as `(a|b)*c` there, see 0208); whatever the layers, tame-regexp.ts now proves stack headroom before any regexp runs
let n = 0;
function dive() {
  try { dive(); } catch (e) { /* stack exhausted */ }
  n++;
  try { new RegExp("(a|b" + (n % 97) + ")+c").exec("abab" + n + "c"); "x-y".split(/-/); "abc".replace(/b/g, "q"); } catch (e) { /* no stack */ }
}
dive();
"survived";
