// vector:  replaces JSON.stringify so later runs' output is the attacker's
// origin:  SES lockdown (namespace objects frozen); mathjs 2020 math.config pollution
// expect:  blocked
// layers:  harden
// runs:    2
JSON.stringify = function () { return "rfLeft"; };
"replaced";
// --- run 2 ---
JSON.stringify({ a: 1 }) === "rfLeft";
