// vector:  calls the realm's own stack formatter (found through getOwnPropertyDescriptors(Error), no key named) with fake CallSites, so the host's frame table holds guest objects; locating the thrown error does arithmetic on them and a bound generator throw() throws a guest-chosen value out of evaluate()
// origin:  vm2 ATTACKS.md prepareStackTrace / error objects (host code formatting guest errors); SES errorTaming
// expect:  blocked
// layers:  none
// note:    found escaping the full sandbox; fixed in src/realm/tame-error-stack.ts: the frame table accepts only numbers, so forged call sites can at most mislabel the guest's own error's location, in every configuration
let formatter;
for (const d of Object.values(Object.getOwnPropertyDescriptors(Error))) {
  if (typeof d.value === "function" && d.value.name === "formatter") formatter = d.value;
}
const g = (function* () {})();
const poison = { valueOf: g.throw.bind(g, function () {}) };
const site = { getFileName() { return "ringfence:guest"; }, getLineNumber() { return poison; }, getColumnNumber() { return poison; } };
const err = new Error("located");
const formatted = err.stack;          // the engine formats once and records the real frames...
if (formatter) formatter(err, [site]); // ...then the guest overwrites them
throw err;
