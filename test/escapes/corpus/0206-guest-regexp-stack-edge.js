// vector:  compiles and runs fresh regular expressions at every depth while unwinding from a stack overflow, to make V8 compile a RegExp with no stack left
// origin:  0075 (V8 aborted the process compiling a RegExp at the stack edge); vm2 ATTACKS.md resource exhaustion
// expect:  blocked
// layers:  none
// family:  resource-edge
// hazard:  aborts-process
// note:    V8 reports guest RegExp compilation at the stack edge as a catchable RangeError, whatever the layers (only host-side compilation during a guest call aborted)
let n = 0;
function dive() {
  try { dive(); } catch (e) { /* stack exhausted */ }
  n++;
  try { new RegExp("(a|b" + (n % 97) + ")+c").exec("abab" + n + "c"); "x-y".split(/-/); "abc".replace(/b/g, "q"); } catch (e) { /* no stack */ }
}
dive();
"survived";
