// vector:  an endless generator drained by Array.from: no guest call sits between the builtin's steps, hoping the budget only counts calls
// origin:  vm2 issues #35/#459 (work the timeout does not see); quickjs-emscripten issue #219 (interrupts not firing inside builtins)
// expect:  blocked
// layers:  none
// family:  resource-edge
// note:    the loop inside the generator ticks on every iteration, so the step budget trips whatever the layers (substrate)
function* forever() { let i = 0; for (;;) yield i++; }
Array.from(forever()).length;
