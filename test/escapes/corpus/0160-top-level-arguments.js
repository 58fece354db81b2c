// vector:  `arguments` at top level is the arguments object of the compiled wrapper: it holds the run's inputs as handed over, and climbs from them
// origin:  vm2 ATTACKS.md caller/callee and arguments; RestrictedPython (implicit frame objects)
// expect:  blocked
// layers:  validator isolation
// family:  caller-callee
// inputs:  input
// Climb from any value to its realm's Function constructor through property descriptors only:
// no member expression names a forbidden key, so neither the validator nor the key guard sees one.
const K = ["con", "struc", "tor"].join("");
const own = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d === undefined ? undefined : d.value; };
function functionOf(x) {
  for (let p = x; (typeof p === "object" || typeof p === "function") && p !== null; p = Reflect.getPrototypeOf(p)) {
    const c = own(p, K);
    if (typeof c === "function") { const F = own(Reflect.getPrototypeOf(c), K); if (typeof F === "function") return F; }
  }
  return undefined;
}
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
const expected = input.list.length; // an ordinary use of the input makes it a parameter of the wrapper
let won = false;
let list;
try { list = arguments; } catch (e) { list = undefined; }
if (list !== undefined) for (let i = 0; i < list.length; i++) if (win(functionOf(list[i]))) won = true;
won ? "escaped" : "contained";
