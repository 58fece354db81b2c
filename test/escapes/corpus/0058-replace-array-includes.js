// vector:  replaces Array.prototype.includes for every later run
// origin:  SES lockdown (frozen intrinsics); vm2 ATTACKS.md built-ins
// expect:  blocked
// layers:  harden
// runs:    2
Array.prototype.includes = function () { return true; };
"replaced";
// --- run 2 ---
[1].includes(2) === true;
