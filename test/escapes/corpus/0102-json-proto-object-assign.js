// vector:  JSON.parse makes an own "__proto__" key; Object.assign then sets it as a property, which calls the __proto__ setter on Array.prototype
// origin:  classic JSON prototype pollution (merge of parsed JSON); mathjs 2020 pollution; SandboxJS CVE-2025-34146
// expect:  blocked
// layers:  harden
// family:  proto-pollution
// runs:    2
// note:    no key position ever holds __proto__ - it is data until Object.assign writes it
const payload = JSON.parse('{"__proto__": {"rfPolluted": 1, "rfLeft": 1}}');
try { Object.assign(Array.prototype, payload); } catch (e) { /* frozen */ }
"assigned";
// --- run 2 ---
[].rfLeft === 1;
