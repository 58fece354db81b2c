// vector:  Object.setPrototypeOf(Array.prototype, evil): every later array inherits evil
// origin:  SES lockdown rationale (shared intrinsics, cross-run state); SandboxJS CVE-2025-34146
// expect:  blocked
// layers:  harden
// runs:    2
const evil = Object.create(Object.prototype);
evil.rfPolluted = 1;
Object.setPrototypeOf(Array.prototype, evil);
"set";
// --- run 2 ---
[].rfPolluted === 1;
