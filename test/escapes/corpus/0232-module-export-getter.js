// vector:  exports an object with an enumerable getter as the module's result, so host code that reads the namespace runs guest code after the run
// origin:  vm2 ATTACKS.md (getters on values returned to the host); SES (accessors on exported objects)
// expect:  blocked
// layers:  isolation
// family:  module-exports
// mode:    module
const leak = {};
Object.defineProperty(leak, "value", { get() { return "guest code ran in the host"; }, enumerable: true });
export { leak };
export default leak;
