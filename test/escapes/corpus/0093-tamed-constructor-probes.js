// vector:  probes the tamed Function every way it can be invoked (call, new, Reflect.construct with another new.target, bind, apply) and climbs an endowment with whatever compiles
// origin:  SES tame-function-constructors (the thrower must hold for every invocation); vm2 ATTACKS.md constructor chains
// expect:  blocked
// layers:  harden isolation
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
const body = ["h", "return h.constructor.constructor"];
const tries = [
  () => Function(...body),
  () => new Function(...body),
  () => Reflect.construct(Function, body, Array),
  () => Function.bind(null, ...body)(),
  () => Function.apply(null, body),
  () => Reflect.apply(Function.prototype.call, Function, [null, ...body]),
];
let won = false;
for (const attempt of tries) {
  try { if (win(attempt()(hostFn))) won = true; } catch (e) { /* refused */ }
}
won ? "escaped" : "contained";
