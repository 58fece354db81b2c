// family:  async
// vector:  async functions called just short of the stack edge, where a guard's call of a host function (the clock, isProxy) fails with a host RangeError that becomes the async function's rejection; a guest handler climbs from it to the host's Function
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":500}}
// expect:  value 0 or budget time
// note:    found by the red team: it escaped to the host 3 times in 3 before the realm wrappers around host functions; the run may end by its deadline, but no rejection may carry a host object (the value is how many did)
let foreign = 0;
function check(err) { if (typeof err === "object" && err !== null && !(err instanceof Error)) foreign++; }
async function loops() { for (let i = 0; i < 3; i++) {} }
async function awaits() { await null; }
function at(j, f) { if (j > 0) return at(j - 1, f); return f(); }
function edge() {
  for (let j = 0; j < 12; j++) for (let k = 0; k < 3; k++) {
    let q;
    try { q = at(j, k < 2 ? loops : awaits); } catch (e) { continue; }
    try { q.then(undefined, check); } catch (e) { /* no stack */ }
  }
}
let max = 0, pass = 0;
function dive(d) { if (d > max) max = d; try { dive(d + 1); } catch (e) { } if (pass === 0 || d < max - 300) return; try { edge(); } catch (e) { } }
dive(0); pass = 1; dive(0);
await null; await null; await null;
foreign
