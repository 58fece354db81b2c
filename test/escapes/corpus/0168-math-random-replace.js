// vector:  replaces Math.random so every later run's randomness is the attacker's choice
// origin:  SES lockdown (namespace objects frozen); mathjs 2020 math.config pollution
// expect:  blocked
// layers:  harden
// family:  cross-run-state
// runs:    2
try { Math.random = () => 0.25; } catch (e) { /* frozen */ }
"replaced";
// --- run 2 ---
Math.random() === 0.25 && Math.random() === 0.25;
