// vector:  exports a guest function as the module's result, so the host holds guest code it could call after the run, outside any budget
// origin:  vm2 ATTACKS.md (functions returned through the bridge); vm2 issue #533 (guest code run after the timeout)
// expect:  blocked
// layers:  isolation
// family:  module-exports
// mode:    module
export function later() { for (;;) { /* the host calls this after the run */ } }
export default later;
