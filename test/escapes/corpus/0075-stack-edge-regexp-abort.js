// vector:  warms copy-out's key-label regexps with a deep argument, then calls an endowment at the edge of the stack: V8 compiles a RegExp with no stack left and aborts the process
// origin:  host DoS class (vm2 ATTACKS.md resource exhaustion; quickjs-emscripten interrupt gaps); V8 RegExp compilation at stack exhaustion
// expect:  blocked
// layers:  none
// globals: hostFn
// hazard:  aborts-process
// note:    found aborting the host; fixed by taking every regular expression off the paths host code runs during a guest call (src/membrane/path-label.ts); no configuration aborts now
let deep = {};
for (let i = 0; i < 1200; i++) deep = { d: deep };
try { hostFn(deep); } catch (e) { /* nested too deep */ }
function dive() {
  try { dive(); } catch (e) { /* stack exhausted */ }
  try { hostFn([1, { b: 1 }]); } catch (e) { /* stack exhausted */ }
}
dive();
"survived";
