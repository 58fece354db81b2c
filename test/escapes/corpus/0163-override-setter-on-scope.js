// vector:  calls the override-taming setter of Object.prototype.toString on the guest's global (top-level this) to plant a toString for later runs
// origin:  SES overrideTaming (the accessor pair that replaces frozen data properties); SES Compartment globals
// expect:  blocked
// layers:  freeze
// family:  cross-run-state
// runs:    2
// note:    with the harden layer off there is no accessor and a plain assignment does the same
const d = Object.getOwnPropertyDescriptor(Object.prototype, "toString");
const plant = () => "rfLeft";
try {
  if (d.set) d.set.call(this, plant);
  else this.toString = plant;
} catch (e) { /* frozen */ }
"planted";
// --- run 2 ---
Object.hasOwn(this, "toString") && this.toString() === "rfLeft";
