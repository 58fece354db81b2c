// vector:  defines Uint8Array[Symbol.species] so later subarray/map/slice calls construct the attacker's class
// origin:  vm2 ATTACKS.md species (typed arrays); vm2 issue #459 (typed-array tricks)
// expect:  blocked
// layers:  harden
// family:  species
// runs:    2
class Spy extends Uint8Array {}
Object.defineProperty(Spy.prototype, "rfLeft", { value: 1 });
try { Object.defineProperty(Uint8Array, Symbol.species, { value: Spy, configurable: true }); } catch (e) { /* frozen */ }
"planted";
// --- run 2 ---
new Uint8Array([1, 2]).slice(0, 1).rfLeft === 1;
