// vector:  Object.prototype.__defineGetter__ plants an accessor on the realm's Object.prototype for later runs
// origin:  SES permits (legacy accessor methods removed)
// expect:  blocked
// layers:  validator guards harden
// runs:    2
Object.prototype.__defineGetter__("rfPolluted", function () { return 1; });
"planted";
// --- run 2 ---
({}).rfPolluted === 1;
