// family:  regex
// vector:  compiles a fresh capturing regex at the stack edge behind 0..3 padding frames, to hit every stack margin
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":500}}
// expect:  value "survived" or guest-error RangeError
// hazard:  aborts-process
// note:    each source is new, so no compiled regex is reused; the run may end either way, the host must survive
let fresh = 0;
function pad(k) { return k === 0 ? new RegExp("(a|b" + fresh++ + ")*c").test("ab") : pad(k - 1); }
function dive(k) { try { return dive(k); } catch { return pad(k); } }
for (let k = 0; k < 4; k++) dive(k);
"survived";
