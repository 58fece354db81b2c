// vector:  a generator object's [k] is %GeneratorFunction.prototype% and its [k] is %GeneratorFunction%: compiles a generator that yields the endowment's Function
// origin:  SES get-anonymous-intrinsics (%GeneratorFunction% reached from a generator instance); vm2 ATTACKS.md generator constructors
// expect:  blocked
// layers:  guards harden isolation
// family:  constructor-climb
// globals: hostFn
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const k = ["co", "nstr", "uctor"].join("");
const instance = (function* () { yield 0; })();
let won = false;
try { won = win(instance[k][k]("h", "yield h.constructor.constructor")(hostFn).next().value); } catch (e) { won = false; }
won ? "escaped" : "contained";
