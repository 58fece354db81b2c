// vector:  replaces Array[Symbol.species] so later runs' map/filter build the attacker's objects
// origin:  vm2 ATTACKS.md array species; SES lockdown (intrinsics frozen against cross-run state)
// expect:  blocked
// layers:  harden
// runs:    2
class Spy extends Array {}
Object.defineProperty(Spy.prototype, "rfLeft", { value: 1 });
Object.defineProperty(Array, Symbol.species, { get() { return Spy; }, configurable: true });
"planted";
// --- run 2 ---
[1, 2].map((x) => x).rfLeft === 1;
