// vector:  returns an object nested 1,500 levels deep whose innermost level holds a getter, to exhaust a recursive copier or reach code past its depth check
// origin:  vm2 ATTACKS.md resource exhaustion; copy-out recursion depth (huge and deep results)
// expect:  blocked
// layers:  none
// family:  membrane-copy
// note:    copy-out stops at depth 1000 with a SandboxCopyError; with isolation off the object is handed back uncopied and nothing walks it that deep, so no configuration reaches the getter
let inner = {};
Object.defineProperty(inner, "bottom", { get() { return "reached"; }, enumerable: true });
let deep = inner;
for (let i = 0; i < 1500; i++) deep = { d: deep };
deep;
