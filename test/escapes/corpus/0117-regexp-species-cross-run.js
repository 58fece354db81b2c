// vector:  replaces RegExp[Symbol.species] so every later split() builds the attacker's splitter
// origin:  vm2 ATTACKS.md species; SES lockdown (intrinsics frozen against cross-run state)
// expect:  blocked
// layers:  harden
// family:  species
// runs:    2
class Splitter extends RegExp {}
Object.defineProperty(Splitter.prototype, "rfLeft", { value: 1 });
try { Object.defineProperty(RegExp, Symbol.species, { get() { return Splitter; }, configurable: true }); } catch (e) { /* frozen */ }
"planted";
// --- run 2 ---
let seen = false;
try { seen = "a,b".split(/,/).length === 2 && RegExp[Symbol.species] !== RegExp; } catch (e) { seen = false; }
seen;
