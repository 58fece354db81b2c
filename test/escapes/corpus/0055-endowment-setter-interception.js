// vector:  plants a setter on an endowed object so a later run writing to it runs attacker code
// origin:  vm2 ATTACKS.md host prototype pollution via write traps; null-proto write-through
// expect:  blocked
// layers:  none
// globals: hostObj
// runs:    2
// combination: freeze isolation
// note:    like the data-property variant: needs copies (isolation) that are frozen (freeze)
Object.defineProperty(hostObj, "rfPolluted", { set(v) { this.rfLeft = v; }, get() { return this.rfLeft; }, configurable: true });
"planted";
// --- run 2 ---
let seen = false;
try { hostObj.rfPolluted = 2; seen = hostObj.rfLeft === 2; } catch (e) { seen = false; }
seen;
