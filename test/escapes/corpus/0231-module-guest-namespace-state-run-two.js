// vector:  bumps a guest module's live `counter` export and pushes onto its exported array in run 1; run 2 imports the module again and looks for the changes
// origin:  SES compartments (module instances shared between importers); vm2 NodeVM module cache sharing state across runs
// expect:  blocked
// layers:  none
// family:  module-namespaces
// mode:    module
// modules: guestLib
// runs:    2
// note:    guest source modules are bundled into each program and evaluated afresh on every run (src/modules/link.ts), whatever the layers (substrate)
import { bump, list } from "guestLib";
bump();
try { list.push("rfLeft"); } catch (e) { /* frozen */ }
export const bumped = true;
// --- run 2 ---
import { counter, list } from "guestLib";
export default counter !== 0 || list.includes("rfLeft");
