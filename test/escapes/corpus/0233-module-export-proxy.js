// vector:  exports a Proxy as the module's result, so every host read of it runs guest traps after the run
// origin:  vm2 CVE-2023-32313 (Proxy handed to host code, util.inspect); SES (proxies across the membrane)
// expect:  blocked
// layers:  isolation
// family:  module-exports
// mode:    module
const handler = { get(target, key) { return "trapped " + String(key); }, ownKeys() { return ["trapped"]; }, getOwnPropertyDescriptor() { return { value: "trapped", enumerable: true, configurable: true }; } };
export const view = new Proxy({}, handler);
