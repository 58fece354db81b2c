// family:  async
// vector:  promises created at the very edge of the stack, where V8 cannot even enter the promise hook that marks them handled, rejected later in a job: Node's unhandled-rejection check then ends the host
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  value "survived"
// note:    found by the red team: it ended the host process 4 times in 4; promises are now marked again when they settle
function late(j) { if (j > 0) return late(j - 1); return Promise.resolve(1).then(() => { throw 1; }); }
function dive() { try { dive(); } catch (e) { for (let j = 0; j < 40; j++) { try { late(j); } catch (x) { /* no stack */ } } } }
dive();
await null; await null;
"survived"
