// vector:  writes into the nested data of an imported host namespace in run 1; run 2 imports it again and finds the write
// origin:  SES module namespaces and harden (shared module state between compartments); vm2 NodeVM module cache sharing
// expect:  blocked
// layers:  none
// family:  module-namespaces
// mode:    module
// modules: hostLib
// runs:    2
// combination: freeze isolation
// note:    like 0173: isolation alone copies the namespace once per Sandbox, unfrozen, so run 2 sees the write; freeze alone leaves the host's own namespace unfrozen
import { settings } from "hostLib";
try { settings.nested.list.push("rfLeft"); } catch (e) { /* frozen */ }
try { settings.nested.mode = "rfLeft"; } catch (e) { /* frozen */ }
export const written = true;
// --- run 2 ---
import { settings } from "hostLib";
export default settings.nested.list.includes("rfLeft") || settings.nested.mode === "rfLeft";
