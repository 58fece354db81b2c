// vector:  returns a typed array with own buffer/byteOffset/byteLength getters pointing at other memory, plus an enumerable accessor
// origin:  vm2 issue #459 (typed-array tricks); vm2 ATTACKS.md host code trusting guest objects
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    copy-out reads a typed array through the host's %TypedArray% getters, never the object's own properties
const t = new Uint8Array([1, 2, 3, 4]);
const other = new ArrayBuffer(64);
Object.defineProperty(t, "buffer", { get() { return other; }, enumerable: true });
Object.defineProperty(t, "byteLength", { get() { return 64; }, enumerable: true });
Object.defineProperty(t, "byteOffset", { get() { return -8; }, enumerable: true });
t;
