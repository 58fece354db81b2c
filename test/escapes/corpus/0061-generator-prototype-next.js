// vector:  replaces %GeneratorPrototype%.next, reached from a generator object
// origin:  SES get-anonymous-intrinsics (hidden prototypes must be frozen too)
// expect:  blocked
// layers:  harden
// runs:    2
const GeneratorPrototype = Reflect.getPrototypeOf(Reflect.getPrototypeOf((function* () {})()));
GeneratorPrototype.next = function () { return { value: "rfLeft", done: false }; };
"replaced";
// --- run 2 ---
(function* () { yield 1; })().next().value === "rfLeft";
