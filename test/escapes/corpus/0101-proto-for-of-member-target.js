// vector:  for (Array.prototype[k] of [evil]) assigns __proto__ through a for-of loop head
// origin:  vm2 transformer blind spots (assignment targets outside plain assignments); SES lockdown rationale
// expect:  blocked
// layers:  guards harden
// family:  proto-pollution
// runs:    2
const evil = { rfLeft: 1 };
Reflect.setPrototypeOf(evil, Object.prototype);
const k = "__pro" + "to__";
try { for (Array.prototype[k] of [evil]); } catch (e) { /* refused or frozen */ }
"looped";
// --- run 2 ---
[].rfLeft === 1;
