// vector:  reaches %GeneratorFunction% from a generator and compiles a generator that climbs an endowment
// origin:  SES get-anonymous-intrinsics (%GeneratorFunction% has no global name); vm2 ATTACKS.md generator constructors
// expect:  blocked
// layers:  guards harden isolation
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
const k = ["con", "structor"].join("");
const GeneratorFunction = Reflect.getPrototypeOf(function* () {})[k];
const gen = GeneratorFunction("h", "yield h.constructor.constructor")(hostFn);
win(gen.next().value) ? "escaped" : "contained";
