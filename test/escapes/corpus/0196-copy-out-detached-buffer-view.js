// vector:  returns typed arrays over a buffer detached by ArrayBuffer.prototype.transfer and over a resizable buffer shrunk below them
// origin:  vm2 issue #459 (typed-array and buffer tricks); V8 detached-buffer edge cases in host copy code
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    a copy failure is a SandboxCopyError, never a host TypeError; the enumerable getter is there for hosts that inspect uncopied results
const detached = new Uint8Array(new ArrayBuffer(8));
let moved;
try { moved = detached.buffer.transfer(16); } catch (e) { moved = undefined; }
let shrunk;
try { const grow = new ArrayBuffer(8, { maxByteLength: 16 }); shrunk = new Uint8Array(grow, 4, 4); grow.resize(2); } catch (e) { shrunk = undefined; }
const out = { detached, shrunk, moved };
Object.defineProperty(out, "probe", { get() { return detached.length; }, enumerable: true });
out;
