// vector:  Object.defineProperty(Object.prototype, ...) plants a getter every object in the realm inherits
// origin:  SES lockdown rationale (shared intrinsics); SandboxJS CVE-2025-34146
// expect:  blocked
// layers:  harden
// family:  proto-pollution
// runs:    2
try { Object.defineProperty(Object.prototype, "rfLeft", { get() { return 1; }, configurable: true }); } catch (e) { /* frozen */ }
"planted";
// --- run 2 ---
({}).rfLeft === 1;
