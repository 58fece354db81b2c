// vector:  sets Error.stackTraceLimit = 0 so later runs' errors carry no location
// origin:  vm2 ATTACKS.md error objects; SES errorTaming (stackTraceLimit)
// expect:  blocked
// layers:  harden
// runs:    2
Error.stackTraceLimit = 0;
"set";
// --- run 2 ---
Error.stackTraceLimit === 0;
