// vector:  returns an object with an own "__proto__" data key (from JSON.parse), a boxed symbol and a symbol-keyed getter, hoping the copier sets a prototype or runs the getter
// origin:  classic JSON __proto__ pollution of result consumers; vm2 ATTACKS.md cross-realm symbols
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// note:    copy-out defines __proto__ as an own property, refuses boxed symbols and skips symbol keys
const out = JSON.parse('{"__proto__": {"rfPolluted": 1}, "plain": 1}');
out[Symbol.toPrimitive] = () => "coerced";
Object.defineProperty(out, Symbol.toStringTag, { get() { return "Tagged"; } });
Object.defineProperty(out, "late", { get() { return Object(Symbol("boxed")); }, enumerable: true });
out;
