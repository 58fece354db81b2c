// vector:  returns a Map whose key object and value object carry enumerable getters, and which has an own forEach and an own enumerable getter itself
// origin:  vm2 ATTACKS.md util.inspect handler exposure (collections copied with their own methods)
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    the host copies Map entries with its own Map.prototype.forEach and refuses accessors wherever they sit
const key = {};
Object.defineProperty(key, "id", { get() { return 1; }, enumerable: true });
const value = {};
Object.defineProperty(value, "payload", { get() { return 2; }, enumerable: true });
const m = new Map([[key, value]]);
Object.defineProperty(m, "forEach", { value: () => { throw new Error("guest forEach"); } });
Object.defineProperty(m, "size2", { get() { return 3; }, enumerable: true });
m;
